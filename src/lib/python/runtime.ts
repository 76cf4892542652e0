/**
 * Where the browser's Python lives and how it is cached: Pyodide from the npm package, copied
 * by src/integrations/python-runtime.ts to `<base>python/<version>/`, fetched only when a learner
 * presses Run, and kept in Cache Storage so Run works offline afterwards.
 */
import { PYTHON_CACHE_PREFIX } from '../site';

/** The `pyodide` package's version, pinned exactly in package.json (a unit test checks both agree). */
export const PYODIDE_VERSION = '314.0.8';

/** The package files the runtime needs in a module worker; the rest (consoles, maps, types) is left out. */
export const RUNTIME_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

/** The runtime's folder under the site's base path, e.g. `/repo/python/314.0.8/`. */
export const runtimePath = (base: string, version = PYODIDE_VERSION): string =>
  `${base.endsWith('/') ? base : `${base}/`}python/${version}/`;

/** How long an example may run before it is stopped (loading the runtime does not count). */
export const TIME_LIMIT_MS = 10_000;

const CACHE_PREFIX = PYTHON_CACHE_PREFIX;

/**
 * The Cache Storage name for a runtime version on one base path: copies of the site on one
 * origin (GitHub project pages share `USER.github.io`) keep their runtimes apart.
 */
export const runtimeCacheName = (base: string, version = PYODIDE_VERSION): string =>
  `${CACHE_PREFIX}${version}:${base}`;

/** Caches of other runtime versions on the same base path: deleted when a runtime starts. */
export function staleRuntimeCaches(names: readonly string[], base: string, version = PYODIDE_VERSION): string[] {
  const current = runtimeCacheName(base, version);
  return names.filter((name) => name !== current && name.startsWith(CACHE_PREFIX) && name.endsWith(`:${base}`));
}

/**
 * The service worker's route for the runtime (src/scripts/pwa/sw.ts): the Cache Storage name
 * that answers `requestUrl` when it is one of this version's runtime files under the worker's
 * `scope` (`https://host/<base>`), else undefined. A request with a query is not the file.
 */
export function runtimeCacheFor(requestUrl: string, scope: string, version = PYODIDE_VERSION): string | undefined {
  const url = new URL(requestUrl);
  const root = new URL(scope);
  if (url.origin !== root.origin || url.search !== '') return undefined;
  const folder = runtimePath(root.pathname, version);
  if (!url.pathname.startsWith(folder)) return undefined;
  const name = url.pathname.slice(folder.length);
  return RUNTIME_FILES.some((file) => file === name) ? runtimeCacheName(root.pathname, version) : undefined;
}
