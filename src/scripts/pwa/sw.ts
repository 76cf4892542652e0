/**
 * The service worker. `src/integrations/service-worker.ts` bundles this file after each build,
 * with the build's precache list (Workbox's `getManifest`) and the cache name of its base path
 * put in for the two constants below. It precaches the site, so that after one online visit
 * every page and search work offline (src/lib/pwa.ts says what is cached).
 */
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { matchPrecache, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { isOwnOutdatedCache, offlineCandidates } from '../../lib/pwa';
import { runtimeCacheFor } from '../../lib/python/runtime';

declare const __PRECACHE_MANIFEST__: PrecacheEntry[];
declare const __CACHE_ID__: string;

/** The part of ServiceWorkerGlobalScope used here (the DOM library types `self` as a window). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
}
const scope = self as unknown as ServiceWorkerScope;

// Caches are named by the base path, so two copies of the site on one origin (project pages on
// USER.github.io) keep apart.
setCacheNameDetails({ prefix: __CACHE_ID__ });

// The first install takes over open pages at once; an update waits for the reader's "Reload"
// (src/scripts/pwa/sw-client.ts posts SKIP_WAITING), so content never changes mid-read.
scope.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
});
clientsClaim();

precacheAndRoute(__PRECACHE_MANIFEST__, {
  // `…/` is answered by the precached `…/index.html`.
  directoryIndex: 'index.html',
  // Shared links carry search state (`?highlight=jwt`, `?q=…`): the cached page answers.
  // Pagefind adds `?ts=…` to its entry and metadata requests to skip stale HTTP caches; the
  // precached copy is the one of this deployment, so the parameter is ignored.
  ignoreURLParametersMatching: [/^highlight$/, /^q$/, /^level$/, /^kind$/, /^ts$/, /^utm_/],
});

// Any other page request goes to the network; offline, the closest precached page answers: the
// same page without its query (`?fbclid=…`) or with the trailing slash it lacks, else the site's
// own "not found" page, rather than the browser's offline error.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      for (const url of offlineCandidates(request.url, scope.registration.scope)) {
        const cached = await matchPrecache(url);
        if (cached) return cached;
      }
      throw error;
    }
  },
);

// The browser's Python (src/lib/python/runtime.ts) is not precached: it is fetched when a learner
// first presses Run. Its files are answered from their own cache, else fetched, kept, and then
// answered from the cache too. Chromium keeps the code it compiled for a wasm module beside a
// cached response it served (Cache Storage, through this worker), but not beside one passed
// through from the network: serving even the first fetch from the cache lets the second start of
// the runtime reuse that code (about a third of the CPU; docs/PYTHON.md), at the cost of the
// first compile waiting for the download to finish. The Python worker fills the same cache when
// no service worker is in control (src/scripts/python/load-runtime.ts).
registerRoute(
  ({ url }) => runtimeCacheFor(url.href, scope.registration.scope) !== undefined,
  async ({ request }) => {
    const cache = await caches.open(runtimeCacheFor(request.url, scope.registration.scope) ?? '');
    const hit = await cache.match(request.url);
    if (hit) return hit;
    const response = await fetch(request);
    if (!response.ok) return response;
    const copy = response.clone();
    try {
      await cache.put(request.url, response);
      return (await cache.match(request.url)) ?? copy;
    } catch {
      // Storage full or blocked: the learner still gets the file, uncached.
      return copy;
    }
  },
);

// Workbox's own cleanup (`cleanupOutdatedCaches`) deletes every precache whose name contains
// this worker's scope URL: a copy at the origin's root (scope `https://USER.github.io/`) would
// delete every project site's cache. Only this copy's own outdated caches go.
scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => isOwnOutdatedCache(name, __CACHE_ID__, scope.registration.scope, cacheNames.precache))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});
