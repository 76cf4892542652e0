/**
 * One alert for anything the learner must know: a change that could not be stored, stored data
 * that could not be read, or a page too old to load its own parts. It shows at the top of the
 * page, or beside the control the learner just used (a "Mark as done" 19,000 px down the page
 * would otherwise fail out of sight). Static and small, so it can always be shown, even when
 * nothing else can load.
 */
import { h } from './dom';

export type Action = readonly [label: string, run: () => void];

/**
 * Alerts that ask the learner to act on their data outrank the others: a lesser one never
 * replaces them (the learner would lose the export or download it offers).
 */
const RANK: Readonly<Record<string, number>> = { lock: 3, 'not-saved': 2, fallback: 2, stale: 1, 'no-storage': -1 };
const rank = (kind: string | undefined): number => RANK[kind ?? ''] ?? 0;

let acted: Element | undefined;
/**
 * The control a learner is using to change their data, so that an alert about that change shows
 * beside it; `undefined` once the change is saved. A changed status emits its event at once and
 * the alert's words load after, so the mark is read when the alert is shown.
 */
export function actedAt(control: Element | undefined): void {
  acted = control;
}

/** Where an alert goes: after the block of the control just used, else where the last one was, else the top. */
function place(notice: HTMLElement, previous: HTMLElement | null): void {
  const block = acted?.isConnected ? acted.closest('li, p, fieldset, .status-slot') : null;
  acted = undefined;
  if (block?.tagName === 'LI') block.append(notice);
  else if (block) block.after(notice);
  else if (previous?.isConnected) previous.replaceWith(notice);
  else document.querySelector('main')?.prepend(notice);
  // At the top of the page it lines up with the page's content; in a block it takes the block's width.
  notice.classList.toggle('container', notice.parentElement?.tagName === 'MAIN');
}

export function showNotice(text: string, actions: readonly Action[] = [], kind = 'workspace'): void {
  const previous = document.querySelector<HTMLElement>('.workspace-notice');
  if (previous && rank(previous.dataset['notice']) > rank(kind) && kind !== 'saved') return;
  // A notice that only informs (progress cannot be saved here) is a status, not an interruption.
  const quiet = rank(kind) < 0;
  const close = h('button', { type: 'button', class: 'button' }, 'Dismiss');
  const notice = h(
    'div',
    { class: `workspace-notice${quiet ? ' quiet' : ''}`, role: quiet ? 'status' : 'alert', 'data-notice': kind },
    h('p', {}, text),
    ...actions.map(([label, run]) => {
      const button = h('button', { type: 'button', class: 'button' }, label);
      button.addEventListener('click', run);
      return button;
    }),
    close,
  );
  const back = acted instanceof HTMLElement ? acted : document.querySelector<HTMLElement>('main');
  close.addEventListener('click', () => {
    notice.remove();
    back?.focus();
  });
  place(notice, previous);
  if (previous !== notice) previous?.remove();
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
