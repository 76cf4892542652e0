/**
 * Keeping the learner's data (issue 26): persistent storage and its two outcomes, the backup
 * reminder's timing on a mocked clock, the privacy page's live list and delete-all, security.txt.
 * axe runs on /privacy/ and /accessibility/ in both themes in a11y.spec.ts (they are in the sitemap).
 */
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { sel } from '../../src/lib/hooks';
import { PERSIST_STATE } from '../../src/lib/hooks/data-safety';
import { DATA_LIST_KEYS, DATA_LIST_SUMMARY } from '../../src/lib/hooks/privacy';
import { CONTINUE_SLOT, DONE_SLOT } from '../../src/lib/hooks/workspace';
import { BASE_PATH, expect, reveal, test } from './fixtures';
import { LESSONS } from './pages';

const KEY = `pbr-progress:${BASE_PATH}`;
const META = `${KEY}:meta`;
const DAY = 86_400_000;
/** The mocked clock keeps running while the test works: steps are an hour apart, far more than a test takes. */
const HOUR = 3_600_000;
const statusGroup = (page: Page) => page.getByRole('group', { name: 'Status' });

/** Replaces the browser's answer to a persist request; records whether it was asked. */
async function stubPersist(page: Page, grant: boolean): Promise<void> {
  await page.addInitScript((granted) => {
    // Kept across the test's navigations, as a browser keeps its answer.
    let persisted = sessionStorage.getItem('stub-persisted') === '1';
    const w = window as unknown as { persistAsked: number };
    w.persistAsked = 0;
    navigator.storage.persisted = async () => persisted;
    navigator.storage.persist = async () => {
      w.persistAsked += 1;
      persisted = granted;
      sessionStorage.setItem('stub-persisted', granted ? '1' : '0');
      return granted;
    };
  }, grant);
}

for (const [grant, words] of [
  [true, 'Your browser keeps this data until you clear it.'],
  [false, 'Your browser may clear this data: export a copy now and then.'],
] as const) {
  test(`persistent storage is asked for after the first change (${grant ? 'granted' : 'refused'})`, async ({
    page,
  }) => {
    await stubPersist(page, grant);
    await page.goto('');
    await reveal(page, 'tools');
    await expect(page.locator(sel(PERSIST_STATE))).toHaveText(
      'Your browser may clear this data: export a copy now and then.',
    );
    // Opening pages records "last visited" by itself: that is not the learner's change.
    await page.goto(LESSONS.testing.path);
    expect(await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(0);
    await statusGroup(page).getByRole('radio', { name: 'Done' }).check();
    await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
    await page.goto('');
    await reveal(page, 'tools');
    await expect(page.locator(sel(PERSIST_STATE))).toHaveText(words);
  });
}

test('the backup reminder: due a day after unexported changes, quiet, dismissible, "later" waits a week', async ({
  page,
}) => {
  const t0 = new Date('2026-12-01T09:00:00Z');
  await page.clock.install({ time: t0 });
  await page.goto(LESSONS.testing.path);
  await statusGroup(page).getByRole('radio', { name: 'In progress' }).check();
  const reminder = page.getByRole('region', { name: 'Keep a copy of your progress' });
  await page.reload();
  await expect(statusGroup(page).getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(reminder).toHaveCount(0);

  // A day later it shows on a topic page; Escape inside it dismisses it; it is not back on the next view.
  await page.clock.setSystemTime(t0.getTime() + DAY + HOUR);
  // A level page does not show it (nor mark it shown): it comes on the topic page that follows.
  await page.goto('basic/');
  await expect(page.locator('html')).toHaveClass(/js/);
  await expect(page.locator(sel(DONE_SLOT)).first()).not.toBeEmpty();
  await page.goto(LESSONS.testing.path);
  await expect(reminder).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await reminder.getByRole('button', { name: 'Remind me later' }).focus();
  await page.keyboard.press('Escape');
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(statusGroup(page).getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(reminder).toHaveCount(0);

  // The next day it is back on the home page; "Remind me later" keeps it away for seven days.
  await page.clock.setSystemTime(t0.getTime() + 2 * DAY + 2 * HOUR);
  await page.goto('');
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Remind me later' }).click();
  await expect(reminder).toHaveCount(0);
  await page.clock.setSystemTime(t0.getTime() + 8 * DAY);
  await page.reload();
  await expect(page.locator(sel(CONTINUE_SLOT)).first()).toBeAttached();
  await expect(reminder).toHaveCount(0);
  await page.clock.setSystemTime(t0.getTime() + 9 * DAY + 3 * HOUR);
  await page.reload();
  await expect(reminder).toBeVisible();

  // "Export now" downloads the file and records it: no reminder again until changes are a week unexported.
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Export now' }).click();
  expect(
    JSON.parse(await (await (await download).createReadStream()).toArray().then((b) => Buffer.concat(b).toString()))
      .items.testing.status,
  ).toBe('in-progress');
  const meta = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), META)) ?? '{}');
  expect(meta.exportedAt).toBeGreaterThanOrEqual(t0.getTime() + 9 * DAY + 3 * HOUR);
  expect(meta.exportedAt).toBeLessThan(t0.getTime() + 9 * DAY + 4 * HOUR);
  expect(meta.changedAt).toBeUndefined();
});

test('the privacy page lists this copy’s keys and deletes everything after offering an export', async ({ page }) => {
  await page.goto(LESSONS.testing.path);
  await statusGroup(page).getByRole('radio', { name: 'Done' }).check();
  await page.evaluate(() => localStorage.setItem('unrelated-site-key', 'x'));
  await page.goto('privacy/');
  const list = page.locator(sel(DATA_LIST_KEYS));
  await expect(list.getByText(KEY, { exact: true })).toBeVisible();
  await expect(list).not.toContainText('unrelated-site-key');
  await expect(page.locator(sel(DATA_LIST_SUMMARY))).toContainText('from this site');

  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = page.getByRole('group', { name: /Delete your progress/ });
  await expect(confirm.getByRole('button', { name: 'Export a copy first' })).toBeFocused();
  const download = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Export a copy first' }).click();
  expect((await download).suggestedFilename()).toBe('python-backend-roadmap-progress.json');
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has been deleted' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('unrelated-site-key'))).toBe('x');
  await page.goto(LESSONS.testing.path);
  await expect(statusGroup(page).getByRole('radio', { name: 'Not started' })).toBeChecked();
});

test('security.txt is served under the base path with RFC 9116 fields', async ({ request }) => {
  const response = await request.get('.well-known/security.txt');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toMatch(/^Contact: https:\/\/\S+$/m);
  expect(text).toMatch(/^Expires: \d{4}-\d\d-\d\dT/m);
  expect(text).toContain(`Canonical: https://example.github.io${BASE_PATH}.well-known/security.txt`);
});

test('both statements are linked from the footer', async ({ page }) => {
  await page.goto('');
  const footer = page.getByRole('navigation', { name: 'Footer' });
  await footer.getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.locator('tbody tr')).toHaveCount(55);
  await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
});

/** Marks a topic done and makes a transfer link on the home page's tools. */
async function makeLink(page: Page): Promise<string> {
  await page.goto(LESSONS.testing.path);
  await statusGroup(page).getByRole('radio', { name: 'Done' }).check();
  await page.goto('');
  await reveal(page, 'tools');
  await page.getByRole('button', { name: 'Make a transfer link' }).click();
  return page.getByLabel('Transfer link: open it on your other device').inputValue();
}

test('a transfer link carries the record in the fragment, said so, with a QR code of the same link', async ({
  page,
}) => {
  const link = await makeLink(page);
  expect(new URL(link).hash).toMatch(/^#transfer=[\w-]+$/);
  await expect(page.getByText('never reaches a server')).toBeVisible();
  // The QR code (wide screens) decodes to the same link.
  const qr = page.getByRole('img', { name: /QR code of the transfer link/ });
  await expect(qr).toBeVisible();
  const pixels = await qr.evaluate((canvas: HTMLCanvasElement) => {
    const image = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
    return image ? { data: [...image.data], width: image.width, height: image.height } : undefined;
  });
  expect(pixels).toBeDefined();
  if (pixels) expect(jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data).toBe(link);
});

// One test per choice: each opens the link in a second browser that has progress of its own.
for (const [choice, expected] of [
  ['Merge with my progress', { testing: 'done', databases: 'in-progress' }],
  ['Replace my progress', { testing: 'done' }],
] as const) {
  test(`a transfer link opened on another browser: "${choice}", then undo`, async ({ page, browser }) => {
    const link = await makeLink(page);
    const other = await browser.newContext();
    const phone = await other.newPage();
    await phone.goto(new URL(LESSONS.databases.path, link).href);
    await statusGroup(phone).getByRole('radio', { name: 'In progress' }).check();
    const stored = () => phone.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').items ?? {}, KEY);
    await phone.goto(link);
    const panel = phone.getByRole('region', { name: 'Import from a transfer link' });
    await expect(panel).toContainText('The link holds 1 done');
    expect(new URL(phone.url()).hash, 'the fragment leaves the address at once').toBe('');
    await panel.getByRole('button', { name: choice }).click();
    await expect
      .poll(async () =>
        Object.fromEntries(Object.entries(await stored()).map(([id, e]) => [id, (e as { status: string }).status])),
      )
      .toEqual(expected);
    await panel.getByRole('button', { name: 'Undo the import' }).click();
    await expect(panel).toContainText('Import undone');
    expect(Object.keys(await stored())).toEqual(['databases']);
    await other.close();
  });
}
