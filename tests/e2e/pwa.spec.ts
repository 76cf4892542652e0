/**
 * Offline and installable: the manifest, what the service worker precaches, reading and
 * searching with the network gone after one online visit, and a new deployment offered with a
 * "Reload" notice rather than swapped in mid-read. Only these tests let service workers run.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { serveStatic } from '../../scripts/bench-server.mjs';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { QUERY } from '../../src/lib/hooks/search';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

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
  await page.goto(LESSONS.testing.path);
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
  // The minifier may quote with "…" or `…`.
  const urls = [...source.matchAll(/\{url:["`]([^"`]+)["`],revision:/g)].map((m) => m[1] ?? '');
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.every((u) => u.startsWith(BASE_PATH))).toBe(true);
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    // The print edition (book/) is fetched when asked for, not precached (src/lib/pwa.ts).
    .filter((f) => f.endsWith('.html') && !f.startsWith('second-copy') && !f.startsWith('book'))
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

  // Three pages never visited: a topic, a level page and the comparison.
  for (const [path, title] of [
    [LESSONS.advancedTopics.path, LESSONS.advancedTopics.title],
    ['intermediate/', 'Intermediate Level'],
    ['comparison/', 'Comparison of backend technologies'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  }

  // Search, and follow a result: it opens with the terms marked.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.keyboard.type('jwt');
  const results = page.getByRole('dialog').getByRole('list', { name: 'Search results' });
  await expect(results).toHaveAttribute(QUERY, 'jwt');
  await results.locator(':scope > li > .hit-link').first().click();
  await expect(page).toHaveURL(/authentication-and-authorization\/\?highlight=jwt$/);
  await expect(page.locator('mark.search-highlight').first()).toHaveText(/jwt/i);

  await page.goto(LESSONS.testing.path);
  const done = page.getByRole('button', { name: 'Mark “Testing” as done' });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
});

/**
 * A copy of the built site on its own server, so that a test can publish a changed build to the
 * same origin: new page content and a service worker regenerated over it, as a deploy does.
 */
async function ownCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-pwa-'));
  cpSync(DIST, dir, { recursive: true, filter: (source) => !source.includes(`${DIST}second-copy`) });
  const server = await serveStatic([{ prefix: BASE_PATH, dir }]);
  return {
    url: `${server.origin}${BASE_PATH}`,
    async publishChange(marker: string) {
      const home = join(dir, 'index.html');
      writeFileSync(
        home,
        readFileSync(home, 'utf8').replace('<main id="main" tabindex="-1">', `$&<p id="changed">${marker}</p>`),
      );
      await writeServiceWorker(dir, BASE_PATH);
    },
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function updateOffered(browser: Browser) {
  const site = await ownCopy();
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await site.publishChange('This is the changed build.');
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'A new version of the roadmap is available.' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  return { site, context, page, notice };
}

// One copy of the site and one update serve both checks: the notice is checked with axe while
// it is shown, then its Reload is used.
test('a changed build is offered with a Reload notice (no axe violations) and shown only on Reload', async ({
  browser,
}) => {
  test.setTimeout(PWA_TEST_TIMEOUT + AXE_TEST_TIMEOUT);
  const { site, context, page, notice } = await updateOffered(browser);
  try {
    // Nothing has changed under the reader yet: the page shows the version it was read in.
    await expect(page.locator('#changed')).toHaveCount(0);
    expect(await axeViolations(page), 'the page with the update notice').toEqual([]);
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('#changed')).toHaveText('This is the changed build.');
    await expect(notice).toBeHidden();
  } finally {
    await context.close();
    await site.close();
  }
});
