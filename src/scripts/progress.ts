/**
 * Progress on the page: wires the progress controls (shown only with JavaScript), marks done
 * topics, fills the meters, runs export/import/reset, and follows changes made in other tabs.
 * Storage rules live in src/lib/progress.ts; this module only wires them to the DOM.
 */
import {
  BACKUP_KEY,
  countDone,
  emptyProgress,
  isDone,
  type ProgressState,
  readProgress,
  STORAGE_KEY,
  serialize,
  setDone,
} from '../lib/progress';

const all = <T extends Element = HTMLElement>(selector: string): T[] => [...document.querySelectorAll<T>(selector)];

let state: ProgressState = emptyProgress();

function storageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: progress then lasts for this page view only.
  }
}

/** The progress shown on this page. */
export const currentState = (): ProgressState => state;

export function save(next: ProgressState): void {
  state = next;
  storageSet(STORAGE_KEY, serialize(next));
  render();
}

/** Reads storage; unreadable data is copied to a backup key and announced, never thrown. */
function load(): void {
  const raw = storageGet(STORAGE_KEY);
  const result = readProgress(raw);
  if (result.ok) {
    state = result.state;
    if (result.migrated) storageSet(STORAGE_KEY, serialize(state));
    return;
  }
  if (raw !== null) storageSet(BACKUP_KEY, raw);
  storageSet(STORAGE_KEY, null);
  state = emptyProgress();
  showNotice(
    `Your saved progress could not be read (${result.reason}). It has been set aside in this browser as a backup, and you can start fresh.`,
  );
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = 'button';
  el.textContent = label;
  el.addEventListener('click', onClick);
  return el;
}

function showNotice(text: string): void {
  const notice = document.createElement('div');
  notice.className = 'progress-notice container';
  notice.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = text;
  const backup = storageGet(BACKUP_KEY);
  notice.append(
    p,
    ...(backup
      ? [
          button(
            'Download the unreadable data',
            () => void tools().then((t) => t.download('progress-backup.txt', backup)),
          ),
        ]
      : []),
    button('Start fresh', () => {
      notice.remove();
      document.querySelector<HTMLElement>('main')?.focus();
    }),
  );
  document.querySelector('main')?.prepend(notice);
}

/**
 * Export, import and reset run rarely, so their code loads on first use. Choosing the file stays
 * here: browsers only open a file picker straight from the click.
 */
const tools = () => import('./progress-tools');

function wireTools(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-progress-file]');
  root.querySelector('[data-progress-import]')?.addEventListener('click', () => input?.click());
  input?.addEventListener('change', () => void tools().then((t) => t.importFile(root, input)));
  root
    .querySelector('[data-progress-export]')
    ?.addEventListener('click', () => void tools().then((t) => t.exportFile(root)));
  root.querySelector('[data-progress-reset]')?.addEventListener('click', () => void tools().then((t) => t.reset(root)));
}

function render(): void {
  for (const el of all('[data-topic-id]')) {
    const done = isDone(state, el.dataset['topicId'] ?? '');
    el.toggleAttribute('data-done', done);
    const label = el.querySelector<HTMLElement>('[data-done-label]');
    if (label) label.hidden = !done;
  }
  for (const el of all('[data-progress-toggle]')) {
    el.querySelector('button')?.setAttribute('aria-pressed', String(isDone(state, el.dataset['progressToggle'] ?? '')));
  }
  for (const el of all('[data-progress-meter]')) {
    const ids = (el.dataset['topics'] ?? '').split(' ').filter(Boolean);
    const done = countDone(state, ids);
    const count = el.querySelector('[data-progress-count]');
    if (count) count.textContent = String(done);
    el.querySelector('progress')?.setAttribute('value', String(done));
  }
}

load();
render();
for (const root of all('[data-progress-tools]')) wireTools(root);
for (const el of all('[data-progress-toggle]')) {
  el.querySelector('button')?.addEventListener('click', () => {
    const id = el.dataset['progressToggle'] ?? '';
    save(setDone(state, id, !isDone(state, id)));
  });
}
addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  const result = readProgress(event.newValue);
  if (!result.ok) {
    // Another tab wrote something this version cannot read (a newer site, say): keep a copy and
    // this tab's own view rather than show or later save an empty one over it.
    if (event.newValue !== null) storageSet(BACKUP_KEY, event.newValue);
    return;
  }
  state = result.state;
  render();
});
