/** Sharing a place: every section heading has a link that, with JavaScript, copies the full URL. */
import { expect, reveal, test } from './fixtures';
import { LESSONS } from './pages';

test('every heading has a copy-link control that copies the full section URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(LESSONS.asynchronousProgramming.path);
  const anchor = page.getByRole('link', { name: 'Link to section: Learn asyncio and await' });
  await anchor.click();
  await expect(page).toHaveURL(/#learn-asyncio-and-await$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
});

test('section links work from the keyboard, on the comparison too', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('comparison/');
  await page.getByRole('link', { name: 'Link to section: What each aspect means' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/comparison\/#aspects$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the export button works from the keyboard', async ({ page }) => {
  await page.goto('');
  await reveal(page, 'tools');
  const exportButton = page.getByRole('button', { name: 'Export progress' });
  await exportButton.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('python-backend-roadmap-progress.json');
});

test('printing the home page gives a checklist without navigation', async ({ page }) => {
  await page.goto('');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const marker = await page
    .locator('.step .title')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(marker).toContain('☐');
  await expect(page.getByRole('link', { name: 'Use Load Balancers' })).toBeVisible();
  await expect(page.locator('.step')).toHaveCount(22);
});
