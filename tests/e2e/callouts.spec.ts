/**
 * Callouts (`> [!MISTAKES]`, `> [!TIP]` … in the content): a titled note the reader sees with or
 * without JavaScript and in print, and that passes axe in the dark theme.
 */
import { AXE_TEST_TIMEOUT, axeViolations, expect, test } from './fixtures';
import { LESSONS } from './pages';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

  test('a lesson shows its common mistakes as a titled note', async ({ page }) => {
    await page.goto(LESSONS.learnPythonBasics.path);
    await expect(page.locator('html')).not.toHaveClass(/\bjs\b/);
    const mistakes = page.getByRole('note', { name: 'Common mistakes' });
    await expect(mistakes).toHaveCount(6);
    const first = mistakes.first();
    await first.scrollIntoViewIfNeeded();
    await expect(first.getByText('Common mistakes', { exact: true })).toBeVisible();
    await expect(first).toContainText('Storing money in float instead of decimal.Decimal');
    // The lead-in is the title now, not part of the prose.
    await expect(page.getByText('Common mistakes:')).toHaveCount(0);
  });
});

test('each kind of callout has its own title', async ({ page }) => {
  await page.goto(LESSONS.versionControlGit.path);
  await expect(page.getByRole('note', { name: 'Tip' })).toContainText('Stashes are local and never pushed');
  await expect(page.getByRole('note', { name: 'Warning' })).toContainText('Never move or delete a tag');
  await page.goto(LESSONS.commandLineBasics.path);
  await expect(page.getByRole('note', { name: 'Caution' })).toContainText('There is no recycle bin');
  await page.goto(LESSONS.scalabilityAndPerformance.path);
  await expect(page.getByRole('note', { name: 'Note' })).toContainText('each new app replica');
});

test('in print a callout keeps its title, text and start border', async ({ page }) => {
  await page.goto(LESSONS.commandLineBasics.path);
  await page.emulateMedia({ media: 'print' });
  const caution = page.getByRole('note', { name: 'Caution' });
  await expect(caution.getByText('Caution', { exact: true })).toBeVisible();
  await expect(caution).toContainText('never run rm -rf with a variable that might be empty');
  await expect(caution).toHaveCSS('border-inline-start-style', 'solid');
  await expect(caution).toHaveCSS('break-inside', 'avoid');
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('axe: a lesson with a caution, a warning and common mistakes', async ({ page }) => {
    test.setTimeout(AXE_TEST_TIMEOUT);
    await page.goto(LESSONS.commandLineBasics.path);
    await expect(page.locator('html')).toHaveClass(/js/);
    // A caution, a warning and common mistakes at least (the lesson may gain more).
    for (const name of ['Caution', 'Warning', 'Common mistakes'])
      await expect(page.getByRole('note', { name }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
