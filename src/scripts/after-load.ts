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
// A lesson's "On this page" helper (scroll-spy, the phone's contents link) waits for the first scroll.
if (document.querySelector('.toc'))
  addEventListener('scroll', () => void import('./toc-spy').then((m) => m.start()), { once: true, passive: true });
