/**
 * Offline reading and installing: the pieces of the progressive web app that are plain data, so
 * the build (src/integrations/service-worker.ts), the pages and the tests share them.
 */

/** The light and dark page backgrounds (src/styles/tokens.css), for the splash screen and bars. */
export const THEME_COLORS = { light: '#ffffff', dark: '#0f172a' } as const;

/** The service worker's file name, at the root of the site's base path. */
export const SERVICE_WORKER = 'sw.js';

/**
 * What the service worker precaches, as globs over the built site: every page, the CSS, the
 * JavaScript, the logos and icons, the manifest and the Pagefind index the search UI uses.
 * Left out: Pagefind's ready-made UIs and worker (our search uses its JS API on the main thread),
 * the index for languages other than English (the build forces English), and machine files.
 * Each page is cached once, by its `…/index.html`; requests for `…/` map to it.
 */
export const PRECACHE = {
  globPatterns: [
    '**/*.html',
    '_astro/**/*.{js,css}',
    'logos/*.svg',
    'icons/*.png',
    'favicon.svg',
    'manifest.webmanifest',
    'search-terms.json',
    'pagefind/pagefind.js',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.en_*.pf_meta',
    'pagefind/wasm.en.pagefind',
    'pagefind/{index,fragment,filter}/*',
  ],
  globIgnores: ['second-copy/**'],
} as const;
