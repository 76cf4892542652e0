/**
 * One alert at the top of the page for anything the learner must know about their saved data:
 * a change that could not be stored, or stored data that could not be read.
 */
import { h } from '../dom';

export function showNotice(text: string, actions: readonly [string, () => void][] = []): void {
  document.querySelector('.workspace-notice')?.remove();
  const close = h('button', { type: 'button', class: 'button' }, 'Dismiss');
  const notice = h(
    'div',
    { class: 'workspace-notice container', role: 'alert' },
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
