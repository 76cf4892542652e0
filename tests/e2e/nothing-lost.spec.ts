/**
 * Nothing lost, ever: one test per finding of the adversarial test of 2026-12
 * (../shared/reviews/adversarial-test-2026-12.md), named after it, in a real browser. The rules
 * themselves are unit-tested (tests/unit/progress-store*.test.ts); these prove the page keeps them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sel } from '../../src/lib/hooks';
import { ITEM, METER } from '../../src/lib/hooks/workspace';
import { BASE_PATH, expect, reveal, test } from './fixtures';
import { LESSONS } from './pages';

const KEY = `pbr-progress:${BASE_PATH}`;
const DIST = new URL('../../dist/', import.meta.url).pathname;
const TOPIC = LESSONS.learnPythonBasics.path;
const statusGroup = (page: Page) => page.getByRole('group', { name: 'Status' });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedState = async (page: Page) => JSON.parse((await stored(page)) ?? '{}');

/** Makes writes of more than `max` characters throw as a full storage does (before any script runs). */
async function roomFor(page: Page, max: number): Promise<void> {
  await page.addInitScript((limit) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (value.length > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  }, max);
}

test('H1 and M1: unreadable progress with no room for a backup is left as it was until downloaded', async ({
  page,
}) => {
  const raw = `{"version": 4, "items": {"testing": "${'x'.repeat(30_000)}"`;
  // The seed is written before the limit applies: storage that filled up after it was stored.
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key ?? '', value ?? '');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, raw],
  );
  await roomFor(page, 5_000);
  await page.goto(TOPIC);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('no room to keep a backup');
  // "Last visited" and a status change are both refused: the value is exactly as it was.
  await statusGroup(page).getByRole('radio', { name: 'Done' }).click();
  await expect(statusGroup(page).getByRole('radio', { name: 'Not started' })).toBeChecked();
  expect(await stored(page)).toBe(raw);
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);
  // Once the learner has the bytes, saving starts again, with the change they made meanwhile.
  await expect(alert).toContainText('1 change that was not saved before is saved now.');
  await expect(statusGroup(page).getByRole('radio', { name: 'Done' })).toBeChecked();
  expect((await storedState(page)).items['learn-python-basics'].status).toBe('done');
});

test('M2: with storage full, one alert keeps every unsaved change, notes and statuses, in its export', async ({
  page,
}) => {
  await page.goto(TOPIC);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await reveal(page, 'notes');
  await page.getByRole('textbox', { name: 'My notes' }).fill('Remember list comprehensions.');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 change was not saved');
  await statusGroup(page).getByRole('radio', { name: 'In progress' }).click();
  await expect(alert).toContainText('2 changes were not saved');
  await expect(page.getByRole('alert')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export progress with these changes' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.notes['learn-python-basics'].text).toBe('Remember list comprehensions.');
  expect(file.items['learn-python-basics'].status).toBe('in-progress');
});

test('M3: a note changed in another tab is never overwritten silently', async ({ page, context }) => {
  await page.goto(TOPIC);
  await reveal(page, 'notes');
  const a = page.getByRole('textbox', { name: 'My notes' });
  await a.fill('note from tab A');
  await expect(page.getByText('Saved.')).toBeVisible();
  const other = await context.newPage();
  await other.goto(TOPIC);
  await reveal(other, 'notes');
  const b = other.getByRole('textbox', { name: 'My notes' });
  await expect(b).toHaveValue('note from tab A');
  await b.focus();
  // A changes the note while B's field has focus: B follows, as it has nothing unsaved.
  await a.fill('note from tab A + more from A');
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(b).toHaveValue('note from tab A + more from A');
  // Now both edit: B types while A's newer text is stored; B is asked, not overwritten.
  await other.evaluate((key) => {
    const state = JSON.parse(localStorage.getItem(key) ?? '{}');
    state.notes['learn-python-basics'] = { text: 'A again', at: new Date(Date.now() + 1000).toISOString() };
    // Written as another tab would, without this tab's storage event.
    Storage.prototype.setItem.call(localStorage, key, JSON.stringify(state));
  }, KEY);
  await b.press('End');
  await b.pressSequentially(' + B typed');
  await expect(other.getByText('this note was changed in another tab')).toBeVisible();
  expect((await storedState(other)).notes['learn-python-basics'].text).toBe('A again');
  await other.getByRole('button', { name: 'Keep my text here' }).click();
  await expect(other.getByText('Saved.')).toBeVisible();
  expect((await storedState(other)).notes['learn-python-basics'].text).toBe('note from tab A + more from A + B typed');
  await expect(a).toHaveValue('note from tab A + more from A + B typed');
});

test('M4: another tab storing a newer format stops this tab’s saves and says why', async ({ page, context }) => {
  await page.goto(TOPIC);
  // A version this site will not reach soon: the test does not follow each format change.
  const newer = JSON.stringify({ version: 99, items: {}, future: true });
  const other = await context.newPage();
  await other.goto('');
  await other.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [KEY, newer]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Another tab runs a newer version of this site');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await statusGroup(page).getByRole('radio', { name: 'Done' }).click();
  await expect(statusGroup(page).getByRole('radio', { name: 'Not started' })).toBeChecked();
  expect(await stored(page)).toBe(newer);
});

test('M5: after a deployment, a part that cannot load and a failed save are both reported', async ({
  page,
  pageErrors,
}) => {
  await page.goto('');
  // The new deployment has removed this build's files from the server.
  await page.route('**/_astro/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  // A part that cannot load says so, with Reload.
  await reveal(page, 'tools');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Part of this page could not load');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  // A failed save is reported over it, with the export that keeps the change.
  await page.locator(`.step[${ITEM}="learn-python-basics"]`).getByRole('button').click();
  await expect(alert).toContainText('this page is out of date');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export progress' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.items['learn-python-basics'].status).toBe('done');
  // The browser logs the missing files (the very failure simulated here), and nothing else.
  const missing = /Failed to load resource: the server responded with a status of 404/;
  expect(pageErrors.filter((e) => !missing.test(e))).toEqual([]);
  pageErrors.splice(0);
});

test('M7: an import says what it holds and what would change, merges, keeps a backup and undoes', async ({
  page,
}, testInfo) => {
  await page.goto('');
  await page.locator(`.step[${ITEM}="learn-python-basics"]`).getByRole('button').click();
  const at = '2026-01-01T00:00:00.000Z';
  const file = testInfo.outputPath('other-browser.json');
  writeFileSync(
    file,
    JSON.stringify({
      app: 'python-backend-roadmap',
      version: 4,
      items: { testing: { status: 'done', at }, databases: { status: 'in-progress', at } },
      notes: { testing: { text: 'fixtures', at } },
      quiz: {},
    }),
  );
  await reveal(page, 'tools');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await chooser).setFiles(file);
  const choice = page.getByRole('group', { name: 'Import progress' });
  await expect(choice).toContainText('The file holds 1 done, 1 in progress, 0 skipped, 1 note');
  await expect(choice).toContainText('This browser has 1 done');
  await choice.getByRole('button', { name: 'Merge with my progress' }).click();
  await expect(page.locator(`.overview ${sel(METER)}`)).toContainText('2 of 22 topics done');
  const backups = await page.evaluate((key) => JSON.parse(localStorage.getItem(`${key}:backup`) ?? '[]'), KEY);
  expect(JSON.parse(backups.at(-1).raw).items['learn-python-basics'].status).toBe('done');
  await page.getByRole('button', { name: 'Undo the import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import undone' })).toBeVisible();
  await expect(page.locator(`.overview ${sel(METER)}`)).toContainText('1 of 22 topics done');
});

test('L1: "done" toggled in two tabs in quick turns keeps every change', async ({ page, context }) => {
  const ids = [
    'learn-python-basics',
    'version-control-git',
    'command-line-basics',
    'databases',
    'testing',
    'docker-basics',
    'asynchronous-programming',
    'caching-and-queues',
  ];
  const other = await context.newPage();
  await Promise.all([page.goto(''), other.goto('')]);
  for (const [i, id] of ids.entries()) {
    const tab = i % 2 ? other : page;
    await tab.locator(`.step[${ITEM}="${id}"]`).getByRole('button').click();
  }
  for (const tab of [page, other])
    await expect(tab.locator(`.overview ${sel(METER)}`)).toContainText(`${ids.length} of 22 topics done`);
  const items = (await storedState(page)).items;
  expect(ids.filter((id) => items[id]?.status === 'done')).toEqual(ids);
});

test('L3: every inline script of every page is allowed by the page’s own CSP', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('second-copy'),
  );
  expect(pages.length).toBeGreaterThan(30);
  for (const path of pages) {
    const html = readFileSync(join(DIST, path), 'utf8');
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (m) => !/type="application\/(?:ld\+)?json"/.test(m[1] ?? ''),
    );
    expect(inline.length, path).toBeGreaterThan(0);
    for (const m of inline) {
      const hash = createHash('sha256')
        .update(m[2] ?? '')
        .digest('base64');
      expect(scriptSrc, `${path}: inline script ${(m[1] ?? '').trim() || (m[2] ?? '').slice(0, 40)}`).toContain(
        `'sha256-${hash}'`,
      );
    }
  }
});

test('L3: with the policy applied first, as a header would be, the theme script still runs', async ({ page }) => {
  await page.route(`**${BASE_PATH}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const meta = /<meta http-equiv="content-security-policy"[^>]*>/.exec(html)?.[0] ?? '';
    expect(meta).not.toBe('');
    await route.fulfill({ response, body: html.replace(meta, '').replace('<head>', `<head>${meta}`) });
  });
  await page.goto('');
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
});

test('L4: a malformed escape in the URL fragment breaks nothing', async ({ page }) => {
  await page.goto(`${LESSONS.testing.path}#%E0%A4%A`);
  await page.mouse.wheel(0, 800);
  await expect(page.locator('.toc-progress')).toHaveCount(1);
  await page.evaluate(() => {
    location.hash = '%E0%A4%A';
  });
  await page.mouse.wheel(0, 400);
});
