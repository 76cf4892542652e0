/**
 * The privacy page's live parts: the keys this copy of the site holds in this browser (with
 * their sizes) and the confirmed "delete everything", which offers an export first. Only keys
 * named after this copy's base path are listed or deleted; the first release's shared key may
 * belong to another copy on the same origin and is only listed.
 */
import { read, sel } from '../../lib/hooks';
import {
  DATA_LIST,
  DATA_LIST_KEYS,
  DATA_LIST_SUMMARY,
  DELETE_ALL,
  DELETE_CANCEL,
  DELETE_CONFIRM,
  DELETE_CONFIRM_BUTTON,
  DELETE_EXPORT,
  DELETE_START,
  DELETE_STATUS,
  THEME_KEYS,
} from '../../lib/hooks/privacy';
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
const themeKeys = (): string[] => {
  const el = document.querySelector(sel(THEME_KEYS));
  return (el ? read(el, THEME_KEYS) : '').split(' ');
};
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
  const list = root.querySelector(sel(DATA_LIST_KEYS));
  const summary = root.querySelector(sel(DATA_LIST_SUMMARY));
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
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const start = q<HTMLButtonElement>(sel(DELETE_START));
  const confirm = q(sel(DELETE_CONFIRM));
  const status = q(sel(DELETE_STATUS));
  if (!start || !confirm || !status) return;
  const close = () => {
    confirm.hidden = true;
    start.hidden = false;
    start.focus();
  };
  start.addEventListener('click', () => {
    confirm.hidden = false;
    start.hidden = true;
    q(sel(DELETE_EXPORT))?.focus();
  });
  q(sel(DELETE_CANCEL))?.addEventListener('click', close);
  q(sel(DELETE_EXPORT))?.addEventListener('click', () => {
    download(EXPORT_FILE_NAME, exportProgress(store.wanted));
    document.dispatchEvent(new CustomEvent(EXPORTED_EVENT));
    status.textContent = 'A copy was downloaded. You can now delete everything, or cancel.';
  });
  q(sel(DELETE_CONFIRM_BUTTON))?.addEventListener('click', async () => {
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
  const list = page.querySelector<HTMLElement>(sel(DATA_LIST));
  if (list) void render(list);
  const del = page.querySelector<HTMLElement>(sel(DELETE_ALL));
  if (del) startDelete(del, list);
}
