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
 * JavaScript, the logos and icons, the manifest, the exercises' checks and the Pagefind index the
 * search UI uses.
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
    // Exercises' hidden checks (a few hundred bytes each): Check works offline for every exercise.
    'exercises/checks/*.json',
    'pagefind/pagefind.js',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.en_*.pf_meta',
    'pagefind/wasm.en.pagefind',
    'pagefind/{index,fragment,filter}/*',
  ],
  // The print edition (book/, ~700 KB of HTML) is fetched when asked for, not on a first visit.
  globIgnores: ['second-copy/**', 'book/**'],
} as const;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a cache is an older precache of this copy of the site (same name prefix and exactly
 * the same scope), which the new service worker may delete. Another copy on the same origin has
 * another prefix and scope: a root copy's scope `https://host/` is contained in every project
 * site's cache name, so matching by "contains the scope" (as Workbox's cleanup does) is not enough.
 */
export function isOwnOutdatedCache(name: string, cacheId: string, scope: string, current: string): boolean {
  return (
    name !== current &&
    new RegExp(`^${escapeRegExp(cacheId)}-precache-(?:v\\d+-)?${escapeRegExp(scope)}(?:-temp)?$`).test(name)
  );
}

/**
 * The precached pages that may answer a page request the network cannot (offline): the same page
 * without its query, with the trailing slash it lacks, then the site's own "not found" page.
 * Only URLs inside the service worker's scope.
 */
export function offlineCandidates(requestUrl: string, scope: string): string[] {
  const url = new URL(requestUrl);
  url.search = '';
  url.hash = '';
  const out: string[] = [];
  if (url.href.startsWith(scope)) {
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    out.push(new URL(`${path}index.html`, url).href);
  }
  out.push(new URL('404.html', scope).href);
  return out;
}
