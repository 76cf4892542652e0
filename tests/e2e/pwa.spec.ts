/**
 * Offline and installable: the manifest, what the service worker precaches, reading and
 * searching with the network gone after one online visit, and a new deployment offered with a
 * "Reload" notice rather than swapped in mid-read. Only these tests let service workers run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { BASE_PATH, expect, test } from './fixtures';

const DIST = new URL('../../dist/', import.meta.url).pathname;
/** A service worker installs and precaches the whole site: a few seconds under load. */
const PWA_TEST_TIMEOUT = 60_000;

test.use({ serviceWorkers: 'allow' });

async function controlled(page: Page): Promise<void> {
  await page.goto('');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the manifest installs the site under its base path, with its icons', async ({ page, request }) => {
  await page.goto('intermediate/testing/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${BASE_PATH}manifest.webmanifest`);
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({ start_url: BASE_PATH, scope: BASE_PATH, display: 'standalone' });
  const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test('the service worker precaches every page, the search index and nothing twice or off-site', () => {
  const source = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...source.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.every((u) => u.startsWith(BASE_PATH))).toBe(true);
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('second-copy'))
    .map((f) => `${BASE_PATH}${relative('.', f)}`);
  expect(pages.length).toBeGreaterThan(30);
  for (const page of pages) expect(urls).toContain(page);
  const fragments = readdirSync(join(DIST, 'pagefind/fragment'));
  for (const fragment of fragments) expect(urls).toContain(`${BASE_PATH}pagefind/fragment/${fragment}`);
  expect(urls).toContain(`${BASE_PATH}pagefind/pagefind.js`);
  // Pagefind's ready-made UIs and worker are not used by the site, so not cached.
  expect(urls.filter((u) => /pagefind-(ui|component-ui|modular-ui|worker)\./.test(u))).toEqual([]);
});

test('after one online visit, pages, search and progress work offline', async ({ page, context }) => {
  test.setTimeout(PWA_TEST_TIMEOUT);
  await controlled(page);
  await context.setOffline(true);

  // A page never visited, opened from a search link with its terms.
  await page.goto('advanced/advanced-topics/?highlight=kafka');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Advanced Topics');
  await expect(page.locator('mark.search-highlight').first()).toBeInViewport();

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.keyboard.type('celery');
  const results = page.getByRole('dialog').getByRole('list', { name: 'Search results' });
  await expect(results.locator(':scope > li > .hit-link').first()).toHaveAttribute(
    'href',
    `${BASE_PATH}intermediate/caching-and-queues/?highlight=celery`,
  );
  await page.keyboard.press('Escape');

  await page.goto('intermediate/testing/');
  const done = page.getByRole('button', { name: 'Mark “Testing” as done' });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
});

test('a new deployment is offered with a Reload notice, and applied only on Reload', async ({ page }) => {
  test.setTimeout(PWA_TEST_TIMEOUT);
  await controlled(page);
  const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  // The next deployment: a worker the browser must install beside the one in control (a new
  // script URL is an update, as new bytes at the same URL would be after a deploy).
  await page.evaluate(async (base) => {
    await navigator.serviceWorker.register(`${base}sw.js?deployment=next`, { scope: base });
  }, BASE_PATH);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of the roadmap is available.' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  // Nothing has changed under the reader yet.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(first);
  const navigation = page.waitForEvent('framenavigated');
  await notice.getByRole('button', { name: 'Reload' }).click();
  await navigation;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
    .toMatch(/sw\.js\?deployment=next$/);
});
