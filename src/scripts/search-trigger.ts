/**
 * The only search code on a plain page load (well under 1 KB). It turns the header's plain
 * search form into a dialog opener. The dialog and its box are in the page, so opening is
 * instant and no keystroke is lost; the search UI and Pagefind load only when the reader shows
 * intent (hover, focus or touch on the Search button, or the `/` and Ctrl/⌘+K shortcuts).
 * If loading fails, the form still submits to the search page.
 */
import { isSearchShortcut } from '../lib/search';

type SearchUi = typeof import('./search-ui');
let ui: Promise<SearchUi> | undefined;
const loadUi = (): Promise<SearchUi> => {
  ui ??= import('./search-ui');
  ui.catch(() => {
    ui = undefined;
  });
  return ui;
};

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SearchTrigger extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const button = this.querySelector<HTMLButtonElement>('.search-button');
    const dialog = this.querySelector('dialog');
    const input = dialog?.querySelector('input');
    if (!form || !button || !dialog || !input) return;
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
          dialog.close();
          form.submit();
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
    dialog.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => returnFocus.focus());
    document.addEventListener('keydown', (event) => {
      const key = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey };
      if (dialog.open || !isSearchShortcut({ ...key, typing: isTyping(event.target) })) return;
      event.preventDefault();
      const active = document.activeElement;
      open(active instanceof HTMLElement && active !== document.body ? active : button);
    });
  }
}

if (!customElements.get('search-trigger')) customElements.define('search-trigger', SearchTrigger);
