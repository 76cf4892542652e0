/**
 * Finding your way in a long lesson (issue 25, learner test 2026-12, findings 13 and 17): the
 * topic sidebar on wide screens (levels → topics and projects, the page marked, statuses, folded
 * away and remembered), nothing of it on phones, the sticky lesson bar with "Mark as done" and
 * the next topic, and save failures of the planner and the self-check reported where the learner acted.
 */
import { readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { sel } from '../../src/lib/hooks';
import { LESSON_BAR } from '../../src/lib/hooks/lesson';
import { TOPIC_NAV } from '../../src/lib/hooks/workspace';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, reveal, scrollSpyStarted, tap, test } from './fixtures';
import { LESSONS } from './pages';

const LESSON = LESSONS.testing.path;
const DIST = new URL('../../dist/', import.meta.url).pathname;
/** The built lessons and projects: what the sidebar must list. */
const dirs = (path: string) =>
  readdirSync(`${DIST}${path}`, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'exercises');
const BUILT_LESSONS = ['basic', 'intermediate', 'advanced'].flatMap((level) =>
  dirs(level).map((d) => `${level}/${d.name}/`),
);
const PROJECTS = dirs('projects').map((d) => `projects/${d.name}/`);

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Roadmap' });
const bar = (page: Page) => page.locator(sel(LESSON_BAR));

/** Every write to storage fails, as in a browser that blocks site data. */
async function blockWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
}

/** Scrolls the page to a share of its height, at once, as a reader who has read that far. */
async function scrollToShare(page: Page, share: number): Promise<void> {
  await page.evaluate((s) => {
    history.scrollRestoration = 'manual';
    scrollTo({ top: document.documentElement.scrollHeight * s, behavior: 'instant' });
  }, share);
}

/** The text after an item's link: its status mark and the words screen readers hear for it. */
const mark = (link: Locator) => link.evaluate((a) => getComputedStyle(a, '::after').content);

test.describe('the topic sidebar at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('lists every topic and project by level, left of the lesson, with this page marked and its level open', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const nav = sidebar(page);
    await expect(nav).toBeVisible();
    // Closed levels' links are in the page, one click away: all of them, not only the visible.
    const hrefs = await nav.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.toSorted()).toEqual([...BUILT_LESSONS, ...PROJECTS].map((p) => `${BASE_PATH}${p}`).toSorted());
    const current = nav.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim());
    await expect(current).toHaveAttribute('href', `${BASE_PATH}${LESSON}`);
    // The lesson's level is open; the others are closed disclosures, one click away.
    const levels = nav.locator('details');
    await expect(levels).toHaveCount(3);
    expect(await levels.evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open))).toEqual([
      false,
      true,
      false,
    ]);
    await nav.getByText('3. Advanced Level').click();
    await expect(nav.getByRole('link', { name: LESSONS.advancedSecurity.title })).toBeVisible();
    // Beside the lesson, on its left, and the contents on its right.
    const [side, article, toc] = await Promise.all([
      nav.boundingBox(),
      page.locator('article').boundingBox(),
      page.getByRole('navigation', { name: 'On this page' }).boundingBox(),
    ]);
    expect(side && article && side.x + side.width <= article.x).toBe(true);
    expect(article && toc && article.x + article.width <= toc.x).toBe(true);
  });

  test('a project page marks its project, in its level', async ({ page }) => {
    const project = PROJECTS[0] ?? '';
    await page.goto(project);
    const current = sidebar(page).locator('[aria-current="page"]');
    await expect(current).toHaveAttribute('href', `${BASE_PATH}${project}`);
    await expect(current).toBeVisible();
  });

  test('"Hide" folds it away, focus stays on the control, and the choice survives a reload', async ({ page }) => {
    await page.goto(LESSON);
    const nav = sidebar(page);
    const article = page.locator('article');
    const wide = (await article.boundingBox())?.width ?? 0;
    await nav.getByRole('button', { name: 'Hide topics' }).click();
    const show = nav.getByRole('button', { name: 'Show topics' });
    await expect(show).toBeFocused();
    await expect(nav.getByRole('link')).toHaveCount(0);
    expect((await article.boundingBox())?.width ?? 0).toBeGreaterThan(wide + 50);
    // Kept under this copy's own key, beside its progress.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':topics')))).toEqual([
      `pbr-progress:${BASE_PATH}:topics`,
    ]);

    await page.reload();
    // Folded before the first paint: the page starts that way, it does not fold after loading.
    expect(await page.evaluate(() => document.documentElement.dataset['topics'])).toBe('hidden');
    await expect(show).toBeVisible();
    await expect(nav.getByRole('link')).toHaveCount(0);
    await page.goto(LESSONS.advancedSecurity.path);
    await expect(sidebar(page).getByRole('button', { name: 'Show topics' })).toBeVisible();

    await sidebar(page).getByRole('button', { name: 'Show topics' }).click();
    await expect(sidebar(page).getByRole('button', { name: 'Hide topics' })).toBeFocused();
    await page.reload();
    await expect(sidebar(page).getByRole('link', { name: LESSONS.advancedSecurity.title })).toBeVisible();
  });

  test('each item shows the learner’s status with words, after it is set and after a reload', async ({ page }) => {
    await page.goto(LESSON);
    const nav = sidebar(page);
    const link = nav.locator('a[aria-current="page"]');
    const status = page.getByRole('group', { name: /^Status/ });
    await expect(status).toBeVisible();
    expect(await mark(link)).toBe('none');
    await expect(nav.getByRole('link', { name: LESSONS.testing.title, exact: true })).toBeVisible();
    await status.getByRole('radio', { name: 'In progress' }).click();
    // What a screen reader hears is the link's name with its status; what is seen, a mark after it.
    await expect(nav.getByRole('link', { name: 'Testing, in progress', exact: true })).toBeVisible();
    expect(await mark(link)).toBe('" ◐" / ", in progress"');
    await status.getByRole('radio', { name: 'Done' }).click();
    await expect(nav.getByRole('link', { name: 'Testing, done', exact: true })).toBeVisible();
    expect(await mark(link)).toBe('" ✓" / ", done"');
    await expect(nav.getByRole('link', { name: LESSONS.dockerBasics.title, exact: true })).toBeVisible();
    await page.reload();
    await expect(sidebar(page).getByRole('link', { name: 'Testing, done', exact: true })).toBeVisible();
  });

  test('the keyboard reaches the lesson first, then its contents and the sidebar', async ({ page }) => {
    await page.goto(LESSON);
    // The page's tab stops in document order (no positive tabindex anywhere), by the part they are in.
    const areas = await page.evaluate(
      (topicNav) =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
          .filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }))
          .map((el) => {
            if (el.closest(topicNav)) return 'topics';
            if (el.closest('nav[aria-labelledby="toc-title"]')) return 'toc';
            return el.closest('article') ? 'lesson' : 'other';
          })
          .filter((area, i, all) => area !== 'other' && area !== all[i - 1]),
      sel(TOPIC_NAV),
    );
    expect(areas.filter((a, i) => a !== areas[i - 1])).toEqual(['lesson', 'toc', 'topics']);
    // And by the keyboard itself: the lesson comes first.
    let area = 'other';
    for (let tabs = 0; tabs < 12 && area === 'other'; tabs++) {
      await page.keyboard.press('Tab');
      area = await page.evaluate(() => (document.activeElement?.closest('article') ? 'lesson' : 'other'));
    }
    expect(area).toBe('lesson');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations with the sidebar and a status mark (${scheme})`, async ({ page }) => {
      test.setTimeout(AXE_TEST_TIMEOUT);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(LESSON);
      await page
        .getByRole('group', { name: /^Status/ })
        .getByRole('radio', { name: 'Done' })
        .click();
      await scrollToShare(page, 0.4);
      await expect(bar(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('print leaves out the sidebar and the bar', async ({ page }) => {
    await page.goto(LESSON);
    await scrollToShare(page, 0.4);
    await expect(bar(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(sidebar(page)).toBeHidden();
    await expect(bar(page)).toBeHidden();
  });
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('no sidebar: nothing of it above or beside the lesson', async ({ page }) => {
    await page.goto(LESSON);
    await expect(sidebar(page)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('the bar steps aside while reading down and comes back on the way up, beside the Contents pill', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(bar(page)).toBeHidden();
    await page.mouse.move(180, 400);
    // The first scroll loads the script that runs the bar; the reading starts once it runs.
    await page.mouse.wheel(0, 100);
    await scrollSpyStarted(page);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
    await expect(bar(page)).toHaveClass(/shown/);
    await expect(bar(page)).toHaveClass(/tucked/);
    await expect(bar(page)).toHaveCSS('opacity', '0');
    await page.mouse.wheel(0, -300);
    await expect(bar(page)).not.toHaveClass(/tucked/);
    await expect(bar(page)).toBeInViewport();
    const [box, pill] = await Promise.all([
      bar(page).boundingBox(),
      page.getByRole('link', { name: 'Contents' }).boundingBox(),
    ]);
    // Side by side at the bottom, not over each other.
    expect(box && pill && box.x + box.width <= pill.x).toBe(true);
    expect(box && box.y + box.height).toBeGreaterThan(812 - 80);
  });
});

test.describe('the lesson bar', () => {
  for (const width of [1280, 375]) {
    test(`at ${width} px it appears once the header has scrolled away; its controls work`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(LESSON);
      await expect(bar(page)).toBeHidden();
      // Read down a few screens, then a little back up (on phones the bar waits for that).
      await page.mouse.move(width / 2, 400);
      await page.mouse.wheel(0, 100);
      await scrollSpyStarted(page);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 500);
      await page.mouse.wheel(0, -100);
      await expect(bar(page)).toBeVisible();
      await expect(bar(page)).toBeInViewport();
      await expect(bar(page)).not.toHaveClass(/tucked/);
      // The bar slides back in (0.2 s): tap() presses where it has come to rest.
      const done = bar(page).getByRole('button', { name: 'Mark as done' });
      // Pressed where it is, as a finger would: no scrolling first (a scroll down tucks it on phones).
      await tap(page, done);
      await expect(done).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('group', { name: /^Status/ }).getByRole('radio', { name: 'Done' })).toBeChecked();
      const pagerNext = page.getByRole('navigation', { name: 'Previous and next topic' }).getByRole('link', {
        name: /^Next/,
      });
      const href = (await pagerNext.getAttribute('href')) ?? '';
      const next = bar(page).getByRole('link', {
        name: `Next: ${((await pagerNext.locator('.name').textContent()) ?? '').trim()}`,
      });
      await expect(next).toHaveAttribute('href', href);
      await tap(page, next);
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      // Back at the top of the next lesson, the bar is not there yet.
      await expect(bar(page)).toBeHidden();
    });
  }

  test('keyboard focus in the lesson is never hidden behind it (WCAG 2.4.11)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(LESSON);
    await scrollToShare(page, 0.3);
    await expect(bar(page)).toBeVisible();
    const covered: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      // The site scrolls smoothly: look once the scroll that focus started has come to rest.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let last = -1;
            let still = 0;
            const tick = () => {
              still = scrollY === last ? still + 1 : 0;
              last = scrollY;
              if (still > 4) resolve();
              else requestAnimationFrame(tick);
            };
            tick();
          }),
      );
      const hit = await page.evaluate((barSelector) => {
        const el = document.activeElement;
        const barEl = document.querySelector(barSelector);
        if (!el || !barEl || barEl.contains(el)) return '';
        const r = el.getBoundingClientRect();
        const b = barEl.getBoundingClientRect();
        const overlaps = r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right;
        // A link or button must be wholly clear of the bar (stricter than 2.4.11 asks); a tall code
        // block, which the browser may leave partly below the fold, must show some of itself
        // beside or above the bar (2.4.11: not entirely hidden).
        type Box = { top: number; bottom: number; left: number; right: number };
        const cut = (a: Box, c: Box): Box => ({
          top: Math.max(a.top, c.top),
          bottom: Math.min(a.bottom, c.bottom),
          left: Math.max(a.left, c.left),
          right: Math.min(a.right, c.right),
        });
        const area = (a: Box) => Math.max(0, a.bottom - a.top) * Math.max(0, a.right - a.left);
        const inView = cut(r, { top: 0, bottom: innerHeight, left: 0, right: innerWidth });
        const hidden = r.height < 80 ? overlaps : area(inView) - area(cut(inView, b)) <= 0;
        return hidden ? el.outerHTML.slice(0, 80) : '';
      }, sel(LESSON_BAR));
      if (hit) covered.push(hit);
    }
    expect(covered).toEqual([]);
  });

  test('moves without animation when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(LESSON);
    await expect(bar(page)).toHaveCSS('transition-duration', '0s');
  });
});

test.describe('a change that cannot be saved is reported where it was made (storage blocked)', () => {
  test('the planner’s hours: beside the field, in view', async ({ page }) => {
    await blockWrites(page);
    await page.goto('');
    await reveal(page, 'planner');
    const hours = page.getByRole('spinbutton', { name: 'Hours I can study per week' });
    await hours.fill('12');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('not saved');
    await expect(alert).toBeInViewport();
    expect(await alert.evaluate((el) => el.previousElementSibling?.matches('.plan-row'))).toBe(true);
    await expect(page.locator('.workspace-notice')).toHaveCount(1);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(hours).toBeFocused();
  });

  test('a self-check answer: beside the question’s buttons, in view', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await blockWrites(page);
    await page.goto(LESSON);
    await reveal(page, 'quiz');
    const question = page.locator('details.question').first();
    await question.locator(':scope > summary').click();
    await question.getByRole('button', { name: 'Show the answer' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('not saved');
    await expect(alert).toBeInViewport();
    expect(await alert.evaluate((el) => el.previousElementSibling?.matches('.quiz-actions'))).toBe(true);
    expect(await alert.evaluate((el) => el.closest('details.question') !== null)).toBe(true);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(question.getByRole('button', { name: 'Try again' })).toBeFocused();
  });

  test('"Mark as done" in the bar: in the bar, in view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await blockWrites(page);
    await page.goto(LESSON);
    await scrollToShare(page, 0.5);
    await bar(page).getByRole('button', { name: 'Mark as done' }).click();
    const alert = bar(page).getByRole('alert');
    await expect(alert).toContainText('not saved');
    await expect(alert).toBeInViewport();
    await expect(page.locator('.workspace-notice')).toHaveCount(1);
  });
});
