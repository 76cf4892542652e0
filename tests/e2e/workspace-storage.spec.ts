/**
 * The learner's data is never lost: export and import, older versions, damaged files, storage
 * that is full or blocked, unreadable stored data, and two copies of the site on one origin.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sel } from '../../src/lib/hooks';
import { ITEM, METER, STATUS } from '../../src/lib/hooks/workspace';
import { BASE_PATH, expect, reveal, test } from './fixtures';
import { LESSONS } from './pages';

const KEY = `pbr-progress:${BASE_PATH}`;
const statusGroup = (page: Page) => page.getByRole('group', { name: 'Status' });
const overall = (page: Page) => page.locator(`.overview ${sel(METER)}`);

async function openTools(page: Page): Promise<void> {
  await page.goto('');
  await reveal(page, 'tools');
}

async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await chooser).setFiles(path);
}

test('export, reset and import bring statuses and notes back', async ({ page }, testInfo) => {
  // Two page loads, a download, a confirmation and an upload: known to take 5-13 s on a busy machine.
  test.setTimeout(60_000);
  await page.goto(LESSONS.databases.path);
  await statusGroup(page).getByRole('radio', { name: 'In progress' }).check();
  await reveal(page, 'notes');
  const notes = page.getByRole('textbox', { name: 'My notes' });
  await notes.fill('Index the foreign keys.');
  await expect(page.getByText('Saved.')).toBeVisible();
  await openTools(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ app: 'python-backend-roadmap', version: 5 });

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toBeVisible();
  await expect(page.locator(`#map [${ITEM}="databases"]`)).toHaveAttribute(STATUS, 'not-started');

  await importFile(page, file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported progress: 0 done, 1 in progress, 0 skipped, 1 note.' }),
  ).toBeVisible();
  await expect(page.locator(`#map [${ITEM}="databases"]`)).toHaveAttribute(STATUS, 'in-progress');
  await page.goto(LESSONS.databases.path);
  await reveal(page, 'notes');
  await expect(page.getByRole('textbox', { name: 'My notes' })).toHaveValue('Index the foreign keys.');
});

test('a version 2 file is migrated on import and unknown topics are reported, not counted', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('v2.json');
  const at = '2026-01-01T00:00:00.000Z';
  writeFileSync(
    file,
    JSON.stringify({
      app: 'python-backend-roadmap',
      version: 2,
      topics: { testing: { doneAt: at }, 'quantum-computing': { doneAt: at } },
    }),
  );
  await openTools(page);
  await importFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported progress: 1 done' })).toContainText(
    '1 entry names a topic',
  );
  await expect(overall(page)).toContainText('1 of 22 topics done');
});

test('a damaged file is refused with a clear message and changes nothing', async ({ page }, testInfo) => {
  await page.goto(LESSONS.testing.path);
  await statusGroup(page).getByRole('radio', { name: 'Done' }).check();
  const file = testInfo.outputPath('broken.json');
  writeFileSync(file, '{"app": "python-backend-roadmap", "version": 4, "items": {');
  await openTools(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await importFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: 'not valid JSON' })).toContainText('Nothing was changed.');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  await expect(overall(page)).toContainText('1 of 22 topics done');
});

test('unreadable stored data is set aside with a notice, and earlier backups are kept', async ({ page }) => {
  await page.goto('');
  await page.evaluate((key) => localStorage.setItem(key, 'not json at all'), KEY);
  await page.reload();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Your saved progress could not be read');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await page.evaluate((key) => localStorage.setItem(key, 'second-garbage'), KEY);
  await page.reload();
  await expect(page.getByRole('alert')).toBeVisible();
  const backups = await page.evaluate((key) => JSON.parse(localStorage.getItem(`${key}:backup`) ?? '[]'), KEY);
  expect(backups.map((b: { raw: string }) => b.raw)).toEqual(['not json at all', 'second-garbage']);
  await expect(overall(page)).toContainText('0 of 22 topics done');
});

test('when storage is full the learner is told, the page shows what is stored, and nothing is lost', async ({
  page,
}) => {
  await page.goto('');
  await page.locator(`.step[${ITEM}="learn-python-basics"]`).getByRole('button').click();
  await expect(overall(page)).toContainText('1 of 22 topics done');
  // Fill the origin's quota with another key, as another app on the same origin could.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 4)) {
      try {
        for (;;) localStorage.setItem(`filler-${i++}`, chunk.slice(0, size));
      } catch {
        // full at this chunk size: try smaller ones
      }
    }
  });
  // Named: the alert about this change shows in the same step, beside the toggle (learner test 2, #13).
  const git = page.getByRole('button', { name: 'Mark “Understand Version Control (Git)” as done' });
  await git.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 change was not saved: this browser’s storage for this site is full.');
  await expect(alert.getByRole('button', { name: 'Export progress with these changes' })).toBeVisible();
  await expect(git).toHaveAttribute('aria-pressed', 'false');
  await expect(overall(page)).toContainText('1 of 22 topics done');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export progress with these changes' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(Object.keys(exported.items).sort()).toEqual(['learn-python-basics', 'version-control-git']);
  await page.reload();
  await expect(overall(page)).toContainText('1 of 22 topics done');
});

test('when storage is blocked the learner is told and no change is shown as saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('basic/');
  const toggle = page.getByRole('button', { name: 'Mark “Learn Python Basics” as done' });
  await toggle.click();
  await expect(page.getByRole('alert')).toContainText('does not let this site store anything');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('the first release’s unprefixed key is migrated once and left for other copies', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() =>
    localStorage.setItem(
      'pbr-progress',
      JSON.stringify({ version: 2, topics: { testing: { doneAt: '2026-01-01T00:00:00.000Z' } } }),
    ),
  );
  await page.reload();
  await expect(overall(page)).toContainText('1 of 22 topics done');
  const stored = await page.evaluate((key) => [localStorage.getItem(key), localStorage.getItem('pbr-progress')], KEY);
  expect(JSON.parse(stored[0] ?? '{}').items.testing.status).toBe('done');
  expect(stored[1]).not.toBeNull();
});

test('two copies built for different base paths on one origin keep separate progress', async ({ page }) => {
  await page.goto(LESSONS.learnPythonBasics.path);
  await statusGroup(page).getByRole('radio', { name: 'Done' }).check();
  await page.goto(`second-copy/${LESSONS.learnPythonBasics.path}`);
  await expect(statusGroup(page).getByRole('radio', { name: 'Not started' })).toBeChecked();
  await statusGroup(page).getByRole('radio', { name: 'Skipped' }).check();
  await page.goto(LESSONS.learnPythonBasics.path);
  await expect(statusGroup(page).getByRole('radio', { name: 'Done' })).toBeChecked();
  // Each copy's own progress key (the reminder's `:meta` records are per copy too).
  const keys = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => !k.endsWith(':meta'))
      .sort(),
  );
  expect(keys).toEqual([KEY, `pbr-progress:${BASE_PATH}second-copy/`]);
});

test('opening a topic page first after an upgrade keeps the old progress and sets aside bad entries', async ({
  page,
}) => {
  const at = '2026-01-01T00:00:00.000Z';
  await page.addInitScript(
    ([v2]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('pbr-progress', v2 ?? '');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [JSON.stringify({ version: 2, topics: { databases: { doneAt: at }, testing: { doneAt: 'yesterday' } } })],
  );
  await page.goto(LESSONS.dockerBasics.path);
  await expect(page.getByRole('alert')).toContainText('1 saved entry could not be read');
  await page.goto('');
  await expect(page.locator(`#map [${ITEM}="databases"]`)).toHaveAttribute(STATUS, 'done');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
  expect(stored.items.databases.status).toBe('done');
  expect(stored.last.id).toBe('docker-basics');
  const backups = await page.evaluate((key) => JSON.parse(localStorage.getItem(`${key}:backup`) ?? '[]'), KEY);
  expect(backups).toHaveLength(1);
});
