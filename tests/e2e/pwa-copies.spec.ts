/**
 * Two copies of the site on one origin, each with its service worker (M6 of the adversarial
 * test), and what a copy serves offline for URLs it did not precache as such (L6). A copy at the
 * origin's root (scope `/`) and one under `/python-backend-roadmap/` are served from one server;
 * the root copy is the same build with its service worker written for the base `/`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/bench-server.mjs';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

const DIST = new URL('../../dist/', import.meta.url).pathname;
/** Two service workers each install and precache a whole site: several seconds under load. */
const TWO_COPIES_TIMEOUT = 90_000;

async function twoCopies() {
  const sub = mkdtempSync(join(tmpdir(), 'roadmap-sub-'));
  const root = mkdtempSync(join(tmpdir(), 'roadmap-root-'));
  const notSecond = (source: string) => !source.includes(`${DIST}second-copy`);
  cpSync(DIST, sub, { recursive: true, filter: notSecond });
  cpSync(DIST, root, { recursive: true, filter: notSecond });
  await writeServiceWorker(root, '/');
  const server = await serveStatic([
    { prefix: BASE_PATH, dir: sub },
    { prefix: '/', dir: root },
  ]);
  return {
    origin: server.origin,
    async close() {
      await server.stop();
      for (const dir of [sub, root]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registers a copy's worker (as its pages do) and waits until it controls the page. */
async function install(page: Page, url: string, base: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async (scope) => {
    const registration = await navigator.serviceWorker.register(`${scope}sw.js`, { scope });
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (worker && worker.state !== 'activated')
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
  }, base);
}

test.use({ serviceWorkers: 'allow' });

test('M6 and L6: a root copy and a sub-path copy keep their own caches, and both work offline', async ({ browser }) => {
  test.setTimeout(TWO_COPIES_TIMEOUT);
  const site = await twoCopies();
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await install(page, `${site.origin}${BASE_PATH}`, BASE_PATH);
    await install(page, `${site.origin}/`, '/');
    const names: string[] = await page.evaluate(async () =>
      (await globalThis.caches.keys()).filter((k) => k.includes('-precache-')),
    );
    expect(names.some((k) => k.endsWith(`${BASE_PATH}`) && k.includes('-python-backend-roadmap-precache-'))).toBe(true);
    expect(names.some((k) => k.endsWith(`${new URL(page.url()).origin}/`))).toBe(true);
    await context.setOffline(true);
    // The sub-path copy's pages, never visited, are still served after the root copy activated.
    await page.goto(`${site.origin}${BASE_PATH}${LESSONS.testing.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(LESSONS.testing.title);
    await page.goto(`${site.origin}/advanced/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Advanced');
    // L6: a shared link's unknown parameter, a missing trailing slash, an unknown page.
    await page.goto(`${site.origin}${BASE_PATH}${LESSONS.testing.path}?fbclid=abc`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(LESSONS.testing.title);
    await page.goto(`${site.origin}${BASE_PATH}intermediate/databases`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Databases');
    await page.goto(`${site.origin}${BASE_PATH}no-such-page/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  } finally {
    await context.close();
    await site.close();
  }
});
