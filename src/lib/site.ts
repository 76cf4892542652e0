/**
 * The site's identity in one place: its name, the URL used when a build has no `--site`, and the
 * prefixes of everything it keeps in a learner's browser. Browser-safe (no imports).
 *
 * Keys and caches are also named after the base path (src/lib/progress/storage.ts,
 * src/lib/theme-key.ts, src/lib/pwa.ts, src/lib/python/runtime.ts), so that copies of the site on
 * one `USER.github.io` origin keep apart. Changing a prefix here orphans every learner's data:
 * add a migration that reads the old name first.
 */

export const SITE_NAME = 'Python Backend Roadmap';

/**
 * The site's name in file and cache names: the service worker's precache id
 * (`python-backend-roadmap-<base>`, src/integrations/service-worker.ts). Changing it re-downloads
 * every reader's offline copy once.
 */
export const SITE_SLUG = 'python-backend-roadmap';

/** The origin used when a build is not given `--site` (local builds, tests). */
export const FALLBACK_SITE = 'https://example.github.io';

/** The learner's progress record: `pbr-progress:<base>`, and the first release's `pbr-progress`. */
export const PROGRESS_KEY_PREFIX = 'pbr-progress';

/** The theme choice (defined beside its key, src/lib/theme-key.ts). */
export { THEME_KEY_PREFIX } from './theme-key';

/** Cache Storage of the browser's Python runtime: `pbr-python-<version>:<base>`. */
export const PYTHON_CACHE_PREFIX = 'pbr-python-';
