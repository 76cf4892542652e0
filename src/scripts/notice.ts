/**
 * One alert at the top of the page for anything the learner must know: a change that could not
 * be stored, stored data that could not be read, or a page too old to load its own parts.
 * Static and small, so it can always be shown, even when nothing else can load. An alert about a
 * change moves beside the control that made it (workspace/alerts.ts, with {@link acted}).
 */
import { h } from './dom';

export type Action = readonly [label: string, run: () => void];

/**
 * Alerts that ask the learner to act on their data outrank the others: a lesser one never
 * replaces them (the learner would lose the export or download it offers).
 */
const RANK: Readonly<Record<string, number>> = { lock: 3, 'not-saved': 2, fallback: 2, stale: 1 };
const rank = (kind: string | undefined): number => RANK[kind ?? ''] ?? 0;

/** The control the learner last changed their data with (status.ts); cleared once a change is saved. */
export const acted: { control?: Element | undefined } = {};

export function showNotice(text: string, actions: readonly Action[] = [], kind = 'workspace'): void {
  const shown = document.querySelector<HTMLElement>('.workspace-notice')?.dataset['notice'];
  if (rank(shown) > rank(kind) && kind !== 'saved') return;
  clearNotice();
  const close = h('button', { type: 'button', class: 'button' }, 'Dismiss');
  const notice = h(
    'div',
    // "Progress cannot be saved here" only informs: a status, not an interruption.
    { class: 'workspace-notice container', role: kind === 'no-storage' ? 'status' : 'alert', 'data-notice': kind },
    h('p', {}, text),
    ...actions.map(([label, run]) => {
      const button = h('button', { type: 'button', class: 'button' }, label);
      button.addEventListener('click', run);
      return button;
    }),
    close,
  );
  close.addEventListener('click', () => {
    notice.remove();
    document.querySelector<HTMLElement>('main')?.focus();
  });
  document.querySelector('main')?.prepend(notice);
}

/** Changes the text of the alert of this kind, if it is shown, without raising a new one. */
export function updateNotice(kind: string, text: string): boolean {
  const p = document.querySelector(`.workspace-notice[data-notice="${kind}"] p`);
  if (p) p.textContent = text;
  return p !== null;
}

/** Removes the alert, or only one of the given kind. */
export function clearNotice(kind?: string): void {
  const notice = document.querySelector<HTMLElement>('.workspace-notice');
  if (notice && (kind === undefined || notice.dataset['notice'] === kind)) notice.remove();
}

let stale = false;
/**
 * Loads a part of the page on demand. After a new deployment an open page's parts may be gone
 * from the server; the learner is then told, with "Reload", instead of a silent failure.
 */
export function lazy<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    if (!stale) {
      stale = true;
      showNotice(
        'Part of this page could not load: the site has been updated since you opened it. Reload to get the new version; what you have saved is kept.',
        [['Reload', () => location.reload()]],
        'stale',
      );
    }
    throw error;
  });
}
