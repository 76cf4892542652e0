/**
 * Work that waits for the page: the service worker (offline reading, update notice) registers
 * after the page has loaded, and search-term marking loads only when a search result opened the
 * page (`?highlight=…`). Neither is in the start-up JavaScript; this file is a few lines.
 */
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./search/highlight').then((m) => m.highlight());
}
// A browser that refuses service workers (private mode, a policy) still reads every page online.
addEventListener('load', () => void import('./pwa/sw-client').then((m) => m.start()).catch(() => undefined), {
  once: true,
});
