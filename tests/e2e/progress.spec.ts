import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const KEY = 'pbr-progress';
const overall = (page: Page) => page.locator('[data-progress-meter="all"]');

async function markDone(page: Page, path: string, title: string): Promise<void> {
  await page.goto(path);
  const button = page.getByRole('button', { name: `Mark “${title}” as done` });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

test('marking a topic done shows on the home page and survives a reload', async ({ page }) => {
  await markDone(page, 'intermediate/testing/', 'Testing');
  await page.goto('');
  await expect(overall(page)).toContainText('1 of 22 topics done');
  await expect(page.locator('[data-progress-meter="intermediate"]')).toContainText('1 of 9 topics done');
  await expect(page.locator('[data-progress-meter="basic"]')).toContainText('0 of 5 topics done');
  const step = page.locator('.step[data-topic-id="testing"]');
  await expect(step).toHaveAttribute('data-done', '');
  await expect(step.getByText('(done)')).toBeVisible();
  await page.reload();
  await expect(overall(page)).toContainText('1 of 22 topics done');
  await page.goto('intermediate/');
  await expect(page.locator('[data-progress-meter="intermediate"]')).toContainText('1 of 9 topics done');
});

test('topics can be marked done right on the home and level pages', async ({ page }) => {
  await page.goto('');
  const step = page.locator('.step[data-topic-id="docker-basics"]');
  await step.getByRole('button', { name: 'Mark “Docker Basics” as done' }).click();
  await expect(step).toHaveAttribute('data-done', '');
  await expect(overall(page)).toContainText('1 of 22 topics done');
  await page.goto('advanced/');
  await page.getByRole('button', { name: 'Mark “Cloud Deployment” as done' }).press('Space');
  await expect(page.locator('[data-progress-meter="advanced"]')).toContainText('1 of 8 topics done');
  await page.goto('intermediate/docker-basics/');
  await expect(page.getByRole('button', { name: 'Mark “Docker Basics” as done' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('unmarking a topic counts it out again', async ({ page }) => {
  await markDone(page, 'basic/command-line-basics/', 'Learn Command-Line Basics');
  const button = page.getByRole('button', { name: 'Mark “Learn Command-Line Basics” as done' });
  await button.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.goto('');
  await expect(overall(page)).toContainText('0 of 22 topics done');
});

test('a second open tab follows changes', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('');
  await expect(overall(home)).toContainText('0 of 22 topics done');
  const topic = await context.newPage();
  await markDone(topic, 'advanced/cloud-deployment/', 'Cloud Deployment');
  await expect(overall(home)).toContainText('1 of 22 topics done');
  await expect(home.locator('.step[data-topic-id="cloud-deployment"]')).toHaveAttribute('data-done', '');
});

test('progress keeps topics the roadmap no longer has without counting them', async ({ page }) => {
  await page.goto('');
  await page.evaluate((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 2,
        topics: {
          'retired-topic': { doneAt: '2026-01-01T00:00:00.000Z' },
          testing: { doneAt: '2026-01-01T00:00:00.000Z' },
        },
      }),
    );
  }, KEY);
  await page.reload();
  await expect(overall(page)).toContainText('1 of 22 topics done');
  await markDone(page, 'basic/learn-python-basics/', 'Learn Python Basics');
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(Object.keys(JSON.parse(stored ?? '{}').topics)).toEqual(
    expect.arrayContaining(['retired-topic', 'testing', 'learn-python-basics']),
  );
});

test('export, then import in a fresh browser, restores progress', async ({ page, browser }, testInfo) => {
  await markDone(page, 'basic/version-control-git/', 'Understand Version Control (Git)');
  await markDone(page, 'intermediate/databases/', 'Working with Databases');
  await page.goto('');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('python-backend-roadmap-progress.json');
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ app: 'python-backend-roadmap', version: 2 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(overall(other)).toContainText('0 of 22 topics done');
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Import progress' }).click();
  await (await chooser).setFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported progress: 2 topics marked done.' })).toBeVisible();
  await expect(overall(other)).toContainText('2 of 22 topics done');
  await fresh.close();
});

test('a damaged import is rejected with a message and changes nothing', async ({ page }) => {
  await markDone(page, 'intermediate/testing/', 'Testing');
  await page.goto('');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await chooser).setFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app": "python-backend-roadmap", "version": 2, "topics": {"testing": 5}'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'not valid JSON' })).toBeVisible();
  await expect(overall(page)).toContainText('1 of 22 topics done');
});

test('reset asks for confirmation', async ({ page }) => {
  await markDone(page, 'intermediate/testing/', 'Testing');
  await page.goto('');
  await expect(overall(page)).toContainText('1 of 22 topics done');
  // Answer the confirmations in turn: first "Cancel", then "OK".
  const answers = [false, true];
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void (answers.shift() ? dialog.accept() : dialog.dismiss());
  });
  const reset = page.getByRole('button', { name: 'Reset progress' });
  await reset.click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('Reset your progress?');
  await expect(overall(page)).toContainText('1 of 22 topics done');
  await reset.click();
  await expect.poll(() => asked.length).toBe(2);
  await expect(overall(page)).toContainText('0 of 22 topics done');
});

test('corrupt storage shows a notice, keeps a backup, and the page still works', async ({ page }) => {
  await page.goto('');
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 2, "topics": {'), KEY);
  await page.reload();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Your saved progress could not be read');
  expect(await page.evaluate(() => localStorage.getItem('pbr-progress-backup'))).toBe('{"version": 2, "topics": {');
  await expect(overall(page)).toContainText('0 of 22 topics done');
  await notice.getByRole('button', { name: 'Start fresh' }).click();
  await expect(notice).toBeHidden();
  await markDone(page, 'intermediate/testing/', 'Testing');
  await page.goto('');
  await expect(overall(page)).toContainText('1 of 22 topics done');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no progress controls are shown', async ({ page }) => {
    for (const path of ['', 'intermediate/', 'intermediate/testing/']) {
      await page.goto(path);
      await expect(page.getByRole('button')).toHaveCount(1); // the header's plain Search submit button
      await expect(page.getByText(/topics done/).filter({ visible: true })).toHaveCount(0);
    }
  });
});

test('printing the home page gives a checklist without navigation', async ({ page }) => {
  await page.goto('');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
  const marker = await page
    .locator('.step .title')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(marker).toContain('☐');
  await expect(page.getByRole('link', { name: 'Use Load Balancers' })).toBeVisible();
  await expect(page.locator('.step')).toHaveCount(22);
});

test('every heading has a copy-link control that copies the full section URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('intermediate/asynchronous-programming/');
  const anchor = page.getByRole('link', { name: 'Link to section: Learn asyncio and await' });
  await anchor.click();
  await expect(page).toHaveURL(/#learn-asyncio-and-await$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
});

test('no axe violations with the progress UI present, light and dark', async ({ page }) => {
  await markDone(page, 'intermediate/testing/', 'Testing');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('intermediate/testing/');
    await expect(page.getByRole('button', { name: 'Mark “Testing” as done' })).toHaveAttribute('aria-pressed', 'true');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('');
    await expect(overall(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('the progress tools and section links work from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('');
  const exportButton = page.getByRole('button', { name: 'Export progress' });
  await exportButton.focus();
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloadPromise).suggestedFilename()).toBe('python-backend-roadmap-progress.json');
  await page.goto('comparison/');
  await page.getByRole('link', { name: 'Link to section: What each aspect means' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/comparison\/#aspects$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
