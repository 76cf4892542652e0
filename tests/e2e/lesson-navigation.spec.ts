/**
 * Finding your way in and out of a lesson: the lesson before the table of contents in keyboard
 * order, the contents following the reader on wide screens, a way back to it on phones, the pager's names and its
 * level-boundary moments, and the exit criteria that only look achieved once they are.
 */
import type { Page } from '@playwright/test';
import { BASE_PATH, expect, scrollAtRest, scrollSpyStarted, tap, test } from './fixtures';
import { LESSONS } from './pages';

const FIRST = LESSONS.learnPythonBasics.path;

/** Where keyboard focus is: in the sidebar's table of contents, in the lesson, or elsewhere. */
const focusArea = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.closest('nav[aria-labelledby="toc-title"]')) return 'toc';
    return el?.closest('article') ? 'lesson' : 'other';
  });

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Tab reaches the lesson before the table of contents beside it (learner test 2026-12, finding 17)', async ({
    page,
  }) => {
    await page.goto(FIRST);
    let area = 'other';
    let tabs = 0;
    for (; tabs < 40 && area === 'other'; tabs++) {
      await page.keyboard.press('Tab');
      area = await focusArea(page);
    }
    expect(area).toBe('lesson');
    expect(tabs).toBeLessThanOrEqual(12);
  });

  test('the section being read is marked in the table of contents as the reader scrolls', async ({ page }) => {
    await page.goto(FIRST);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const functions = toc.getByRole('link', { name: 'Functions and Scope', exact: true });
    await expect(functions).not.toHaveAttribute('aria-current', 'true');
    await page.getByRole('heading', { level: 2, name: 'Functions and Scope' }).evaluate((h) => h.scrollIntoView());
    await expect(functions).toHaveAttribute('aria-current', 'true');
    // "Section 3 of N", N being the number of sections the contents list (one link each).
    await expect(toc).toContainText(`Section 3 of ${await toc.getByRole('link').count()}`);
    await page.getByRole('heading', { level: 2, name: 'Basic File Handling' }).evaluate((h) => h.scrollIntoView());
    await expect(toc.getByRole('link', { name: 'Basic File Handling (Reading/Writing Files)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(functions).not.toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    // A short section near the end, reached from the table of contents, is the one marked. The
    // jumps above scroll smoothly: the reader clicks once the page is still.
    await scrollAtRest(page);
    await toc.getByRole('link', { name: 'Resources', exact: true }).click();
    await expect(toc.getByRole('link', { name: 'Resources', exact: true })).toHaveAttribute('aria-current', 'true');
  });

  test("the first topic's lone Next card keeps to the right half, named without decoration", async ({ page }) => {
    await page.goto(FIRST);
    const pager = page.getByRole('navigation', { name: 'Previous and next topic' });
    const next = pager.getByRole('link', { name: 'Next: Understand Version Control (Git)', exact: true });
    await expect(next).toHaveAttribute('href', `${BASE_PATH}${LESSONS.versionControlGit.path}`);
    await expect(pager.getByRole('link')).toHaveCount(1);
    const [card, lesson] = await Promise.all([next.boundingBox(), page.locator('article').boundingBox()]);
    expect(card && lesson && card.width <= lesson.width / 2).toBe(true);
    expect(card && lesson && card.x > lesson.x + lesson.width / 4).toBe(true);
  });

  test('the first topic of a level names the level of its previous topic', async ({ page }) => {
    await page.goto(LESSONS.webFrameworks.path);
    const pager = page.getByRole('navigation', { name: 'Previous and next topic' });
    await expect(
      pager.getByRole('link', { name: 'Previous, Basic level: Intro to HTTP and REST APIs' }),
    ).toHaveAttribute('href', `${BASE_PATH}${LESSONS.httpAndRestApis.path}`);
    await expect(pager.getByRole('link', { name: 'Next: Working with Databases', exact: true })).toBeVisible();
  });

  test('the last Basic topic ends the level with a summary of the next one and one way to start it', async ({
    page,
  }) => {
    await page.goto(LESSONS.httpAndRestApis.path);
    const pager = page.getByRole('navigation', { name: 'Previous and next topic' });
    await expect(pager.getByRole('heading', { name: 'You’ve reached the end of the Basic level' })).toBeVisible();
    await expect(pager).toContainText(/, 9 topics and about \d+–\d+ hours of study\./);
    await expect(pager.getByRole('link', { name: 'Intermediate Level (Core Backend Skills)' })).toHaveAttribute(
      'href',
      `${BASE_PATH}intermediate/`,
    );
    await expect(pager.getByRole('link', { name: 'Start the Intermediate level' })).toHaveAttribute(
      'href',
      `${BASE_PATH}${LESSONS.webFrameworks.path}`,
    );
    // The level, where to start it, and the previous topic: no link twice.
    await expect(pager.getByRole('link')).toHaveCount(3);
  });

  test('the last topic of the roadmap closes it with the projects and the comparison', async ({ page }) => {
    await page.goto(LESSONS.contributeToOpenSource.path);
    const pager = page.getByRole('navigation', { name: 'Previous and next topic' });
    await expect(pager.getByRole('heading', { name: 'You’ve reached the end of the roadmap' })).toBeVisible();
    await expect(pager.getByRole('link', { name: 'See the projects' })).toHaveAttribute(
      'href',
      `${BASE_PATH}projects/`,
    );
    await expect(pager.getByRole('link', { name: 'comparison of backend technologies' })).toHaveAttribute(
      'href',
      `${BASE_PATH}comparison/`,
    );
  });
});

test('the outcomes are plain bullets (nothing that looks tickable) until the topic is marked done, then done-green checks', async ({
  page,
}) => {
  await page.goto(FIRST);
  const outcomes = page.getByRole('region', { name: 'You can move on when you can…' });
  const item = outcomes.getByRole('listitem').first();
  const marker = () =>
    item.evaluate((li) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'var(--rm-done)';
      const done = getComputedStyle(probe).color;
      probe.remove();
      return {
        type: getComputedStyle(li).listStyleType,
        isDoneColour: getComputedStyle(li, '::marker').color === done,
      };
    });
  expect(await marker()).toEqual({ type: 'disc', isDoneColour: false });
  await outcomes.getByRole('button', { name: 'Mark “Learn Python Basics” as done' }).click();
  await expect(outcomes.getByText('Done', { exact: true })).toBeVisible();
  expect(await marker()).toEqual({ type: '"✓  "', isDoneColour: true });
  await page.emulateMedia({ media: 'print' });
  expect((await marker()).type).toBe('"☑  "');
});

test.describe('phones', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('from deep in a lesson, "Contents" leads back to the opened table of contents', async ({ page }) => {
    await page.goto(FIRST);
    const back = page.getByRole('link', { name: 'Contents', exact: true });
    await expect(back).toBeHidden();
    await page.getByRole('heading', { level: 2, name: 'Resources' }).scrollIntoViewIfNeeded();
    // That scroll loads the script that moves the pill aside while reading down; once it runs,
    // a little scroll back up brings the pill back, as a reader would.
    await scrollSpyStarted(page);
    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, -200);
    await expect(back).not.toHaveClass(/tucked/);
    // Pressed where it is: locator.click() may scroll first, and a scroll down tucks it again.
    await tap(page, back);
    const contents = page.getByRole('navigation', { name: 'Sections on this page' });
    await expect(page).toHaveURL(/#contents$/);
    await expect(contents.getByRole('link', { name: 'Functions and Scope' })).toBeVisible();
    await expect(contents).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('"Contents" still leads to the table of contents', async ({ page }) => {
      await page.goto(FIRST);
      await page.getByRole('heading', { level: 2, name: 'Resources' }).scrollIntoViewIfNeeded();
      await page.getByRole('link', { name: 'Contents', exact: true }).click();
      await expect(page).toHaveURL(/#contents$/);
      await expect(page.getByRole('navigation', { name: 'Sections on this page' })).toBeInViewport();
    });
  });
});
