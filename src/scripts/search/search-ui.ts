/**
 * The search dialog's code, loaded only when a reader shows intent to search (see
 * search-trigger.ts). Built on Pagefind's own JS API (pagefind.js + its WebAssembly), which is
 * much lighter than Pagefind's ready-made UIs.
 */

import { QUERY } from '../../lib/hooks/search';
import { mountSearch } from './search-box';
import { loadPagefind } from './search-engine';

/** Results the dialog shows; it links to the search page for the rest. */
const DIALOG_RESULTS = 8;
const mounted = new WeakMap<HTMLDialogElement, { run: () => void }>();

/**
 * Brings the header search dialog to life: the trigger has already opened it and focused its
 * box (keystrokes typed meanwhile are kept); this adds the filters and results and searches for
 * whatever is typed so far. Safe to call on every open.
 */
export function mountDialog(dialog: HTMLDialogElement): void {
  const root = dialog.querySelector<HTMLElement>('.search-root');
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!root || !input) return;
  // A failure to load noted by the trigger on an earlier try (search-trigger.ts) is over now.
  dialog.querySelector('.search-failed')?.remove();
  let search = mounted.get(dialog);
  if (!search) {
    // Enter pressed before the results arrived opens the first result when they do.
    let pending = false;
    const openFirst = (): boolean => {
      const list = root.querySelector<HTMLElement>('.search-results');
      // Only results for what is in the box now: an earlier prefix's may still be on screen.
      const first = list?.getAttribute(QUERY) === input.value.trim() ? list.querySelector('a') : null;
      first?.click();
      return first !== null;
    };
    search = mountSearch(root, input, {
      pageSize: DIALOG_RESULTS,
      rest: 'link',
      onResults: () => {
        if (pending) pending = !openFirst();
      },
    });
    mounted.set(dialog, search);
    // Following a result closes the dialog (the target may be a section of this very page).
    root.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('.search-results a, .search-all')) {
        dialog.close('navigate');
      }
    });
    input.addEventListener('input', () => {
      pending = false;
    });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || input.value.trim() === '') return;
      event.preventDefault();
      pending = !openFirst();
    });
  }
  search.run();
}

/** Starts loading the index early, e.g. when the pointer reaches the Search button. */
export function warmUp(): void {
  void loadPagefind().catch(() => undefined);
}
