/**
 * The comparison on a phone (the Python column within reach, the aspect column kept in view),
 * its stack headings' anchors, rating dots and "start here" links; and the 404 page's "Did you
 * mean …?" for a wrong letter case or level, with its list of every page as the no-JS fallback.
 */
import type { Page } from '@playwright/test';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, test } from './fixtures';
import { LESSONS, MISSING } from './pages';

const PYTHON = 'Python (Flask/Django/FastAPI)';
const STACKS = ['Java (Spring Boot)', 'JavaScript (Express.js)', PYTHON];

/** Opens a missing address: the 404 status is expected, and so is the browser's console line for it. */
async function openMissing(page: Page, pageErrors: string[], path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  expect(pageErrors).toEqual([
    'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
  ]);
  pageErrors.length = 0;
}

test.describe('comparison', () => {
  test('at 375 px the Python column is in view first; the others scroll in while the aspect column stays', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('comparison/');
    await expect(page.getByText('Scroll the table sideways to see all 3 stacks.')).toBeVisible();
    const table = page.getByRole('table', { name: /Backend technologies compared/ });
    const python = table.getByRole('columnheader', { name: PYTHON });
    const last = table.getByRole('columnheader', { name: 'JavaScript (Express.js)' });
    const speed = table.getByRole('rowheader', { name: 'Speed' });
    await speed.scrollIntoViewIfNeeded();
    // The stack a learner came for sits beside the aspects (learner test 2, finding 20).
    await expect(python).toBeInViewport({ ratio: 0.95 });
    await expect(last).not.toBeInViewport();
    const before = await speed.boundingBox();

    await table.hover();
    await page.mouse.wheel(1000, 0);
    await expect(last).toBeInViewport({ ratio: 0.95 });
    const after = await speed.boundingBox();
    const header = await last.boundingBox();
    expect(after?.x).toBe(before?.x);
    await expect(speed).toBeInViewport({ ratio: 0.95 });
    // The last column sits beside the sticky aspect column, not under it.
    expect((header?.x ?? 0) + 1).toBeGreaterThanOrEqual((after?.x ?? 0) + (after?.width ?? 0));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('on a wide screen the whole table shows without the scroll hint', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('comparison/');
    await expect(page.getByText('Scroll the table sideways to see all 3 stacks.')).toBeHidden();
    await expect(page.getByRole('columnheader', { name: PYTHON })).toBeInViewport({ ratio: 0.95 });
  });

  test('the page does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('comparison/');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('rating cells keep the seed’s words, with dots hidden from assistive technology', async ({ page }) => {
    await page.goto('comparison/');
    const row = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });
    // Columns: Python first, then Java and JavaScript (finding 20 of the second learner test).
    await expect(row('Speed').getByRole('cell')).toHaveText(['Moderate to High (FastAPI excels)', 'High', 'Moderate']);
    const dots = (name: string) => row(name).locator('[data-level]');
    expect(await dots('Speed').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual([
      '3',
      '4',
      '2',
    ]);
    expect(await dots('Ease of Use').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual([
      '3',
      '2',
      '4',
    ]);
    await expect(dots('Speed').first()).toHaveAttribute('aria-hidden', 'true');
    await expect(dots('Framework')).toHaveCount(0);
    await expect(page.locator('[data-level]')).toHaveCount(12);
  });

  test('every stack heading has a section link like the other headings', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('comparison/');
    for (const name of STACKS) {
      const heading = page.getByRole('heading', { level: 3, name, exact: true });
      const id = await heading.getAttribute('id');
      expect(id).toMatch(/^stack-/);
      await expect(page.getByRole('link', { name: `Link to section: ${name}` })).toHaveAttribute('href', `#${id}`);
    }
    await page.getByRole('link', { name: `Link to section: ${PYTHON}` }).click();
    await expect(page).toHaveURL(/comparison\/#stack-python$/);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  });

  test('Java and JavaScript developers get a way into the roadmap', async ({ page }) => {
    await page.goto('comparison/');
    await page.getByRole('link', { name: 'See where to start in the roadmap' }).click();
    await expect(page).toHaveURL(/#start-here$/);
    const section = page.getByRole('region', { name: 'If you already know Java or JavaScript, start here' });
    await expect(section.getByRole('link', { name: LESSONS.learnPythonBasics.title })).toHaveAttribute(
      'href',
      `${BASE_PATH}${LESSONS.learnPythonBasics.path}`,
    );
    await section.getByRole('link', { name: LESSONS.asynchronousProgramming.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.asynchronousProgramming.title);
  });
});

test.describe('404 page', () => {
  test('suggests the topic under its real level', async ({ page, pageErrors }) => {
    await openMissing(page, pageErrors, MISSING.testingAtWrongLevel);
    const suggestion = page.getByRole('status').filter({ hasText: 'Did you mean' });
    await expect(suggestion).toHaveText(`Did you mean ${LESSONS.testing.title} (/${LESSONS.testing.path})?`);
    await suggestion.getByRole('link', { name: LESSONS.testing.title }).click();
    await expect(page).toHaveURL(`${BASE_PATH}${LESSONS.testing.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.testing.title);
  });

  test('suggests the page in the right letter case', async ({ page, pageErrors }) => {
    await openMissing(page, pageErrors, 'BASIC/LEARN-PYTHON-BASICS/');
    await expect(
      page.getByRole('status').getByRole('link', { name: LESSONS.learnPythonBasics.title, exact: true }),
    ).toHaveAttribute('href', `${BASE_PATH}${LESSONS.learnPythonBasics.path}`);
  });

  test('suggests nothing when no page is close', async ({ page, pageErrors }) => {
    await openMissing(page, pageErrors, 'no-such-page/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('Did you mean')).toHaveCount(0);
  });

  test('is aligned like every other page', async ({ page, pageErrors }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('comparison/');
    const expected = await page.getByRole('heading', { level: 1 }).boundingBox();
    await openMissing(page, pageErrors, 'Basic/');
    const actual = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(actual?.x).toBe(expected?.x);
    await expect(page.getByRole('status').getByRole('link', { name: /Basic Level/ })).toHaveAttribute(
      'href',
      `${BASE_PATH}basic/`,
    );
  });

  test('does not scroll sideways at 320 px', async ({ page, pageErrors }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openMissing(page, pageErrors, MISSING.testingAtWrongLevel);
    await expect(page.getByText('Did you mean')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations with a suggestion shown, ${scheme} theme`, async ({ page, pageErrors }) => {
      test.setTimeout(AXE_TEST_TIMEOUT);
      await page.emulateMedia({ colorScheme: scheme });
      await openMissing(page, pageErrors, MISSING.testingAtWrongLevel);
      await expect(page.getByText('Did you mean')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('still lists every topic by level, and the search form', async ({ page, pageErrors }) => {
      await openMissing(page, pageErrors, MISSING.testingAtWrongLevel);
      const index = page.getByRole('region', { name: 'Every page of the roadmap' });
      const levels = [
        ['Basic Level', 5],
        ['Intermediate Level', 9],
        ['Advanced Level', 8],
      ] as const;
      for (const [i, [level, count]] of levels.entries()) {
        await expect(index.getByRole('heading', { level: 3, name: level })).toBeVisible();
        await expect(index.getByRole('list').nth(i).getByRole('link')).toHaveCount(count);
      }
      await expect(index.getByRole('link', { name: LESSONS.testing.title, exact: true })).toHaveAttribute(
        'href',
        `${BASE_PATH}${LESSONS.testing.path}`,
      );
      await expect(page.getByText('Did you mean')).toHaveCount(0);
      const main = page.getByRole('main');
      await main.getByRole('searchbox', { name: 'Search the roadmap' }).fill('redis');
      await main.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(`${BASE_PATH}search/?q=redis`);
    });
  });
});
