/**
 * Registers the service worker (offline reading) and offers new versions. Loaded after the page
 * has loaded, off the start-up path (see BaseLayout.astro). A new deployment installs in the
 * background; while it waits, a small notice offers "Reload". Only the reader's click swaps the
 * version, so content never changes under them mid-read.
 */
import { SERVICE_WORKER } from '../../lib/pwa';
import pwaCss from '../../styles/pwa.css?url';

// Plain DOM and the base path straight from Vite: importing the shared URL and DOM helpers here
// would split them out of the start-up chunks into extra files every page loads.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function addCss(): void {
  if (!document.querySelector(`link[href="${pwaCss}"]`))
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: pwaCss }));
}

/**
 * Once, when the first service worker has precached the site and taken over this page: a quiet
 * note that the roadmap now works offline. Later visits are already controlled and say nothing.
 */
function noteOffline(): void {
  addCss();
  const ok = element('button', 'OK', 'button');
  ok.type = 'button';
  const note = element('div', '', 'update-notice offline-note no-print');
  note.setAttribute('role', 'status');
  const message = element('p');
  note.append(message, ok);
  ok.addEventListener('click', () => note.remove());
  document.body.append(note);
  requestAnimationFrame(() => {
    message.textContent =
      'Available offline: this roadmap is saved in this browser, so every page and search work without a connection.';
  });
}

function offerUpdate(waiting: ServiceWorker): void {
  document.querySelector('.offline-note')?.remove();
  if (document.querySelector('.update-notice')) return;
  addCss();
  const reload = element('button', 'Reload', 'button');
  reload.type = 'button';
  const later = element('button', 'Later', 'button');
  later.type = 'button';
  const notice = element('div', '', 'update-notice no-print');
  notice.setAttribute('role', 'status');
  const message = element('p');
  notice.append(message, reload, later);
  reload.addEventListener('click', () => {
    accepted = true;
    reload.disabled = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => notice.remove());
  document.body.append(notice);
  // The live region exists first, then gets its text, so screen readers announce it.
  requestAnimationFrame(() => {
    message.textContent = 'A new version of the roadmap is available.';
  });
}

let accepted = false;

export async function start(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // The first install downloads the whole site (about 1.2 MiB): not when the reader's browser asks
  // to save data (Save-Data, e.g. on a metered connection). Pages still read online.
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData && !navigator.serviceWorker.controller) return;
  const container = navigator.serviceWorker;
  const first = container.controller === null;
  // The new worker took over after "Reload": show the new version. Without a worker before, the
  // first one has just precached the site (it takes over once installed): say so, once.
  container.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
    else if (first) noteOffline();
  });
  const registration = await container.register(`${BASE}${SERVICE_WORKER}`, { scope: BASE });
  // An update that finished installing on an earlier visit is still waiting.
  if (registration.waiting && container.controller) offerUpdate(registration.waiting);
  const watch = (installing: ServiceWorker | null): void => {
    installing?.addEventListener('statechange', () => {
      // "installed" with a controller present means an older version still serves this page.
      if (installing.state === 'installed' && container.controller) offerUpdate(installing);
    });
  };
  // One may be installing already (the browser checks for updates as the page loads).
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}
