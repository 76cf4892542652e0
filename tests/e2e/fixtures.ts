/**
 * Shared Playwright fixtures: every test that uses `page` fails on a console error or an uncaught
 * page error on it, and on any request from it that leaves the site's origin.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

import { BASE_PATH } from '../../playwright.config';
import { sel } from '../../src/lib/hooks';
import { NOTES_SLOT, PLANNER_SLOT, QUIZ, TOOLS_SLOT } from '../../src/lib/hooks/workspace';

export { BASE_PATH };
/**
 * The budget of a test that runs axe once: a run takes 2-7 s on a busy 2-core machine, so a
 * test with one navigation and one run stays far inside this. Run axe once per test.
 */
export const AXE_TEST_TIMEOUT = 60_000;
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Every test that opens the fixture `page` has it watched; `pageErrors` is that page's list, for
 * a test that expects an error and clears it. Tests that never open `page` (file checks, tests on
 * a shared page or their own contexts) start no browser context for it.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  pageErrors: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, pageErrors, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.origin !== origin)
        pageErrors.push(`third-party request: ${request.url()}`);
    });
    await use(page);
    expect(pageErrors, 'console errors, page errors or third-party requests').toEqual([]);
  },
});

export { expect };

/**
 * Runs axe with the WCAG 2.0–2.2 A/AA rules and returns a readable list of violations.
 * Legacy mode runs axe once inside the page. The default mode runs a partial pass in every frame
 * and then finishes in a second, blank page with a second copy of axe: about 1.5 s more per run
 * here, for frames our pages do not have; the check below keeps that premise true.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  expect(await page.locator('iframe, frame').count(), 'axe runs in legacy mode, which assumes no frames').toBe(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Scrolls a part of the workspace that is created when it comes near the viewport (notes, the
 * pace planner, the export/import tools) into view, as a reader scrolling down would.
 */
export async function reveal(page: Page, slot: 'notes' | 'planner' | 'tools' | 'quiz'): Promise<void> {
  const selector = {
    notes: sel(NOTES_SLOT),
    planner: sel(PLANNER_SLOT),
    tools: sel(TOOLS_SLOT),
    quiz: sel(QUIZ),
  }[slot];
  await page
    .locator(selector)
    .first()
    // Instant: the site scrolls smoothly, and parts that load above during a smooth scroll can
    // carry the slot out of view before the page's nearness check sees it. Tests place the page
    // themselves: a later reload() must not restore an old scroll position after they have
    // (parts not yet loaded above make that position another place).
    .evaluate((el) => {
      history.scrollRestoration = 'manual';
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
}

/**
 * The pages to run a per-page browser check on: every page, except that the exercise pages
 * (`<level>/<topic>/exercises/<id>/`, one template, 66+ pages) are represented by the first of
 * each level, so the suite's time does not grow with the number of exercises. The template's
 * behaviour is tested in depth by exercises.spec.ts; every page still gets the HTML and link checks.
 */
export function sampleExercisePages(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const match = /^([^/]+)\/[^/]+\/exercises\/[^/]+\/$/.exec(path);
    if (!match) return true;
    const level = match[1] ?? '';
    if (seen.has(level)) return false;
    seen.add(level);
    return true;
  });
}

/**
 * Waits until the scroll-spy (src/scripts/toc-spy.ts, both of its chunks) has loaded and run:
 * boot.ts imports it on the page's first scroll, so a test that scrolls in one burst and then
 * asserts what it does would otherwise race the module's download on a busy machine.
 */
export async function scrollSpyStarted(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').filter((e) => /\/toc-spy\.[^/]+\.js$/.test(e.name)).length >= 2,
  );
  // The module runs once its imports are in; two frames later it has.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Waits until the page has stopped scrolling (the same position for five frames in a row): wheels
 * and jumps scroll smoothly, and on a busy machine a press measured mid-scroll can land beside a
 * target that moves, or tuck the one it aimed at.
 */
export async function scrollAtRest(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = scrollY;
        let still = 0;
        const look = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
}

/**
 * A press at the centre of an element where it is on screen now, once the page has stopped
 * scrolling and nothing that moves it is animating (the element or a container: the lesson bar
 * and the "Contents" pill slide in and out): as a finger presses it. Unlike locator.click() it
 * never scrolls first, and a scroll down is what tucks those two away on phones.
 */
export async function tap(page: Page, target: Locator): Promise<void> {
  await scrollAtRest(page);
  await target.evaluate((el) =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect instanceof KeyframeEffect && a.effect.target?.contains(el))
        .map((a) => a.finished),
    ),
  );
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
