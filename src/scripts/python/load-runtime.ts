/**
 * Loading the browser's Python in its worker (worker.ts): the two runtime modules are imported by
 * their real URLs and Pyodide fetches the wasm, the standard library and its lock file, so the
 * browser can reuse what it compiled last time. With a service worker in control, it answers
 * these files from the runtime's cache (src/scripts/pwa/sw.ts); without one, this module keeps
 * them in that cache itself. Either way Run works offline after one online run.
 */
import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';
import { staleRuntimeCaches } from '../../lib/python/runtime';

/** The part of DedicatedWorkerGlobalScope used here. */
interface FetchScope {
  fetch: typeof fetch;
}

/** Answers a runtime file from the cache, or from the network and then keeps it. */
async function cached(url: string, cacheName: string, networkFetch: typeof fetch): Promise<Response> {
  const cache = await caches.open(cacheName).catch(() => undefined);
  const hit = await cache?.match(url);
  if (hit) return hit;
  const response = await networkFetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  await cache?.put(url, response.clone()).catch(() => undefined);
  return response;
}

/** Answers a runtime file from the network (the service worker answers it from its cache), else from the cache. */
async function networkThenCached(url: string, cacheName: string, networkFetch: typeof fetch): Promise<Response> {
  try {
    return await networkFetch(url);
  } catch (error) {
    const hit = await (await caches.open(cacheName)).match(url);
    if (!hit) throw error;
    return hit;
  }
}

/**
 * Imports a runtime module by its real URL, so the browser can reuse the code it compiled for it
 * last time. If that fails (offline, and no service worker with the runtime route in control),
 * the cached copy is imported through a blob: URL: import() does not consult Cache Storage.
 * With `networkFetch` (no service worker in control) the module is also put in the cache.
 */
async function importRuntime<T>(url: string, cacheName: string, networkFetch: typeof fetch | undefined): Promise<T> {
  try {
    return (await import(/* @vite-ignore */ url)) as T;
  } catch (error) {
    const hit = await (await caches.open(cacheName)).match(url);
    if (!hit) throw error;
    const blobUrl = URL.createObjectURL(new Blob([await hit.text()], { type: 'text/javascript' }));
    try {
      return (await import(/* @vite-ignore */ blobUrl)) as T;
    } finally {
      URL.revokeObjectURL(blobUrl);
    }
  } finally {
    // Without a service worker in control nothing else keeps the module for offline use.
    if (networkFetch) void cached(url, cacheName, networkFetch).catch(() => undefined);
  }
}

/** Pyodide, loaded from `indexURL`; `controlled`: a service worker controls the page. */
export async function loadRuntime(
  indexURL: string,
  cacheName: string,
  base: string,
  controlled: boolean,
): Promise<PyodideAPI> {
  const scope = self as unknown as FetchScope;
  const networkFetch = scope.fetch.bind(scope);
  // Pyodide fetches the wasm, the standard library and its lock file itself. Under the service
  // worker they come from the network through its cache; without one, from the cache first.
  const answer = controlled ? networkThenCached : cached;
  scope.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith(indexURL) ? answer(url, cacheName, networkFetch) : networkFetch(input, init);
  };
  const names = await caches.keys().catch(() => []);
  await Promise.all(staleRuntimeCaches(names, base).map((name) => caches.delete(name)));

  type Asm = { default: NonNullable<NonNullable<Parameters<typeof LoadPyodide>[0]>['createPyodideModule']> };
  // Both modules at once (loadPyodide would import the second only after the first).
  const keep = controlled ? undefined : networkFetch;
  const [{ loadPyodide }, asm] = await Promise.all([
    importRuntime<{ loadPyodide: typeof LoadPyodide }>(`${indexURL}pyodide.mjs`, cacheName, keep),
    importRuntime<Asm>(`${indexURL}pyodide.asm.mjs`, cacheName, keep),
  ]);
  return loadPyodide({ indexURL, createPyodideModule: asm.default, env: { HOME: '/home/learner' } });
}
