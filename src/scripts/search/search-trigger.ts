/**
 * The only search code on a plain page load (well under 1 KB). It turns the header's plain
 * search form into a dialog opener. The dialog and its box are created here at start (they are
 * not in the HTML, so pages read without JavaScript have one search box), so opening is instant
 * and no keystroke is lost; the search UI and Pagefind load only when the reader shows
 * intent (hover, focus or touch on the Search button, or the `/` and Ctrl/⌘+K shortcuts).
 * If loading fails (offline, or a tab older than the last deploy), the dialog says so and the
 * reader stays on the lesson.
 */
import { isSearchShortcut, isTyping } from '../../lib/search-shortcut';

type SearchUi = typeof import('./search-ui');
let ui: Promise<SearchUi> | undefined;
const loadUi = (): Promise<SearchUi> => {
  ui ??= import('./search-ui');
  ui.catch(() => {
    ui = undefined;
  });
  return ui;
};

class SearchTrigger extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const button = this.querySelector<HTMLButtonElement>('.search-button');
    if (!form || !button) return;
    button.insertAdjacentHTML('beforeend', '<kbd class="hint" aria-hidden="true">/</kbd>');
    button.ariaHasPopup = 'dialog';
    // Markup of our own, fixed at build time: no data goes into it.
    this.insertAdjacentHTML(
      'beforeend',
      '<dialog class="search-dialog" aria-label="Search the roadmap" data-pagefind-ignore="all"><div class="search-root"><div class="search-row"><label for="search-dialog-input" class="sr-only">Search the roadmap</label><input id="search-dialog-input" class="field" type="search" autocomplete="off" placeholder="Search topics"><button type="button" class="button search-close">Close</button></div></div></dialog>',
    );
    const dialog = this.querySelector('dialog');
    const input = dialog?.querySelector('input');
    const close = dialog?.querySelector('.search-close');
    if (!dialog || !input || !close) return;
    let returnFocus: HTMLElement = button;

    const warm = (): void => {
      loadUi().then(
        (m) => m.warmUp(),
        () => undefined,
      );
    };
    const open = (from: HTMLElement): void => {
      returnFocus = from;
      const typed = form.querySelector('input')?.value ?? '';
      if (typed !== '') input.value = typed;
      dialog.showModal();
      input.focus();
      input.select();
      loadUi().then(
        (m) => m.mountDialog(dialog),
        () => {
          if (!dialog.querySelector('.search-failed')) {
            dialog.firstElementChild?.insertAdjacentHTML(
              'beforeend',
              '<p class="search-status search-failed" role="alert">Search could not load: you may be offline. Try again later.</p>',
            );
          }
        },
      );
    };

    for (const type of ['pointerenter', 'focus', 'touchstart']) {
      button.addEventListener(type, warm, { once: true, passive: true });
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      open(button);
    });
    close.addEventListener('click', () => dialog.close());
    // One Escape closes the dialog; in a search box it would first only clear the query, which is
    // kept for next time instead.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // A result that was followed closes the dialog with returnValue "navigate": focus then stays
    // where the link took the reader instead of jumping back to the header.
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'navigate') returnFocus.focus();
      dialog.returnValue = '';
    });
    document.addEventListener('keydown', (event) => {
      const key = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey };
      if (!isSearchShortcut({ ...key, typing: isTyping(event.target) })) return;
      event.preventDefault();
      if (dialog.open) {
        input.focus();
        return;
      }
      const active = document.activeElement;
      open(active instanceof HTMLElement && active !== document.body ? active : button);
    });
  }
}

if (!customElements.get('search-trigger')) customElements.define('search-trigger', SearchTrigger);
