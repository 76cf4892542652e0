/**
 * The service worker. `src/integrations/service-worker.ts` bundles this file after each build,
 * with the build's precache list (Workbox's `getManifest`) and the cache name of its base path
 * put in for the two constants below. It precaches the site, so that after one online visit
 * every page and search work offline (src/lib/pwa.ts says what is cached).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching';

declare const __PRECACHE_MANIFEST__: PrecacheEntry[];
declare const __CACHE_ID__: string;

/** The part of ServiceWorkerGlobalScope used here (the DOM library types `self` as a window). */
interface ServiceWorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
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
cleanupOutdatedCaches();
