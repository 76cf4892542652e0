/**
 * Writes the service worker after the build and after Pagefind has written its index (this
 * integration comes after pagefindIndex() in astro.config.mjs; build:done hooks run in order).
 * Workbox's `getManifest` lists and hashes what to precache (src/lib/pwa.ts says what), and
 * Rolldown bundles `src/scripts/pwa/sw.ts` with that list. (Workbox's `generateSW` does the same
 * through Rollup, Babel and Terser: about 2 s of every build here, against about 0.3 s.)
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';
// Only this part of Workbox: its package entry loads its bundler too (about 0.6 s at start-up).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { PRECACHE, SERVICE_WORKER } from '../lib/pwa';
import { SITE_SLUG } from '../lib/site';

const SOURCE = fileURLToPath(new URL('../scripts/pwa/sw.ts', import.meta.url));

/** Writes `sw.js` into a built site served under `base`; also used by the update test. */
export async function writeServiceWorker(outDir: string, base: string) {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: [...PRECACHE.globPatterns],
    globIgnores: [...PRECACHE.globIgnores],
    // Built paths are relative to the output folder; the site is served under its base.
    modifyURLPrefix: { '': base },
    // Vite's file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /\/_astro\//,
  });
  const entries = (manifestEntries ?? []).map(({ url, revision }) => ({ url, revision }));
  await build({
    input: SOURCE,
    logLevel: 'warn',
    transform: {
      define: {
        __PRECACHE_MANIFEST__: JSON.stringify(entries),
        __CACHE_ID__: JSON.stringify(`${SITE_SLUG}${base.replace(/\/+$/, '').replaceAll('/', '-')}`),
        // Workbox's development logging is left out, as in its production builds.
        'process.env.NODE_ENV': '"production"',
      },
    },
    output: { file: join(outDir, SERVICE_WORKER), format: 'iife', minify: true, sourcemap: false },
  });
  return { count, size, warnings };
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
