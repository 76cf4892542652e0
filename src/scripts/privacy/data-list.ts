/**
 * The privacy page's live parts: the keys this copy of the site holds in this browser (with
 * their sizes) and the confirmed "delete everything", which offers an export first. Only keys
 * named after this copy's base path are listed or deleted; the first release's shared key may
 * belong to another copy on the same origin and is only listed.
 */
import { EXPORT_FILE_NAME, exportProgress } from '../../lib/progress/export';
import { EXPORTED_EVENT } from '../../lib/progress/reminder';
import { LEGACY_KEY } from '../../lib/progress/storage';
import { PROGRESS_KEY_PREFIX } from '../../lib/site';
import { h } from '../dom';
import { download } from '../download';
import { store } from '../workspace/store';

const base = import.meta.env.BASE_URL;
// The theme's key names come from the page (privacy.astro): importing src/lib/theme-key.ts here
// would make it a shared chunk, and the theme toggle's script could no longer be inlined.
const themeKeys = (): string[] =>
  (document.querySelector<HTMLElement>('[data-theme-keys]')?.dataset['themeKeys'] ?? '').split(' ');
const own = (key: string): boolean => key.startsWith(`${PROGRESS_KEY_PREFIX}:${base}`) || key === themeKeys()[0];
const shared = (key: string): boolean => key === LEGACY_KEY || key === themeKeys()[1];

/** Bytes of a key and value as UTF-16, the way browsers count localStorage quota. */
const size = (key: string, value: string): number => (key.length + value.length) * 2;
const format = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`);

function keysNow(): { key: string; bytes: number; own: boolean }[] {
  const out: { key: string; bytes: number; own: boolean }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key === null || !(own(key) || shared(key))) continue;
      out.push({ key, bytes: size(key, localStorage.getItem(key) ?? ''), own: own(key) });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

async function ownCaches(): Promise<string[]> {
  if (!('caches' in window)) return [];
  const scope = new URL(base, location.href).href;
  return (await caches.keys()).filter((name) => name.includes(scope));
}

async function render(root: HTMLElement): Promise<void> {
  const list = root.querySelector('[data-data-list-keys]');
  const summary = root.querySelector('[data-data-list-summary]');
  if (!list || !summary) return;
  const entries = keysNow();
  const cacheNames = await ownCaches().catch(() => []);
  list.replaceChildren(
    ...entries.map((e) =>
      h(
        'li',
        {},
        h('code', {}, e.key),
        `: ${format(e.bytes)}${e.own ? '' : ' (shared with other copies on this origin; not deleted here)'}`,
      ),
    ),
    ...cacheNames.map((name) => h('li', {}, h('code', {}, name), ': the offline copy of the site')),
  );
  const total = entries.reduce((sum, e) => sum + e.bytes, 0);
  summary.textContent =
    entries.length === 0
      ? 'This browser holds nothing from this site in localStorage.'
      : `This browser holds ${entries.length} key${entries.length === 1 ? '' : 's'} from this site, ${format(total)} in all.`;
  root.hidden = false;
}

function startDelete(root: HTMLElement, list: HTMLElement | null): void {
  const q = <T extends HTMLElement>(s: string) => root.querySelector<T>(s);
  const start = q<HTMLButtonElement>('[data-delete-start]');
  const confirm = q('[data-delete-confirm]');
  const status = q('[data-delete-status]');
  if (!start || !confirm || !status) return;
  const close = () => {
    confirm.hidden = true;
    start.hidden = false;
    start.focus();
  };
  start.addEventListener('click', () => {
    confirm.hidden = false;
    start.hidden = true;
    q('[data-delete-export]')?.focus();
  });
  q('[data-delete-cancel]')?.addEventListener('click', close);
  q('[data-delete-export]')?.addEventListener('click', () => {
    download(EXPORT_FILE_NAME, exportProgress(store.wanted));
    document.dispatchEvent(new CustomEvent(EXPORTED_EVENT));
    status.textContent = 'A copy was downloaded. You can now delete everything, or cancel.';
  });
  q('[data-delete-confirm-button]')?.addEventListener('click', async () => {
    for (const { key, own: mine } of keysNow()) if (mine) localStorage.removeItem(key);
    for (const name of await ownCaches().catch(() => [])) await caches.delete(name);
    close();
    status.textContent = 'Everything this copy of the site kept in this browser has been deleted.';
    if (list) await render(list);
  });
  root.hidden = false;
}

/** Started by src/scripts/workspace/main.ts when the privacy page's text comes near. */
export function start(page: HTMLElement): void {
  const list = page.querySelector<HTMLElement>('[data-data-list]');
  if (list) void render(list);
  const del = page.querySelector<HTMLElement>('[data-delete-all]');
  if (del) startDelete(del, list);
}
