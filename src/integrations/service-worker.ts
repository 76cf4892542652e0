/**
 * Generates the service worker with Workbox after the build and after Pagefind has written its
 * index (this integration comes after pagefindIndex() in astro.config.mjs; build:done hooks run
 * in order). It precaches the site under its base path (src/lib/pwa.ts says what), so that after
 * one online visit every page and search work offline. Caches are named by the base path, so two
 * copies of the site on one origin (project pages on USER.github.io) keep apart.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { PRECACHE, SERVICE_WORKER } from '../lib/pwa';

/** Writes `sw.js` into a built site served under `base`; also used by the update test. */
export function writeServiceWorker(outDir: string, base: string) {
  return generateSW({
    globDirectory: outDir,
    globPatterns: [...PRECACHE.globPatterns],
    globIgnores: [...PRECACHE.globIgnores],
    swDest: join(outDir, SERVICE_WORKER),
    // Built paths are relative to the output folder; the site is served under its base.
    modifyURLPrefix: { '': base },
    directoryIndex: 'index.html',
    // Shared links carry search state (`?highlight=jwt`, `?q=…`): the cached page answers.
    // Pagefind adds `?ts=…` to its entry and metadata requests to skip stale HTTP caches;
    // the precached copy is the one of this deployment, so the parameter is ignored.
    ignoreURLParametersMatching: [/^highlight$/, /^q$/, /^level$/, /^kind$/, /^ts$/, /^utm_/],
    // Vite's file names change with their content: no cache-busting query needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    cacheId: `python-backend-roadmap${base.replace(/\/+$/, '').replaceAll('/', '-')}`,
    cleanupOutdatedCaches: true,
    // The first install takes over open pages at once; an update waits for the reader's
    // "Reload" (src/scripts/pwa/sw-client.ts), so content never changes mid-read.
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
}

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'roadmap:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files, ${Math.round(size / 1024)} KiB`);
      },
    },
  };
}
