/**
 * The data-safety note beside the progress tools on the home page: whether the browser keeps
 * this data, and what to do if it may not. Created next to the tools' slot, which another script fills.
 */
import { PERSIST_STATE } from '../../lib/hooks/data-safety';
import { withBase } from '../../lib/urls';
import { h } from '../dom';
import { lazy } from '../notice';
import { PERSIST_EVENT, type PersistState, persistState } from './persist';

const words: Record<PersistState, string> = {
  kept: 'Your browser keeps this data until you clear it.',
  'may-clear': 'Your browser may clear this data: export a copy now and then.',
};

export function start(tools: HTMLElement): void {
  const text = h('p', { [PERSIST_STATE]: '' }, '');
  const box = h(
    'div',
    { class: 'data-safety no-print' },
    text,
    h('p', { class: 'muted' }, h('a', { href: withBase('/privacy/') }, 'What this site keeps, and how to delete it')),
  );
  const show = (state: PersistState) => {
    text.textContent = words[state];
    text.setAttribute(PERSIST_STATE, state);
  };
  const move = h('button', { type: 'button', class: 'button' }, 'Make a transfer link');
  move.addEventListener(
    'click',
    () =>
      void lazy(() => import('./transfer-send')).then(
        (m) => m.showLink(box),
        () => undefined,
      ),
  );
  box.append(h('p', {}, move));
  document.addEventListener(PERSIST_EVENT, (event) => show((event as CustomEvent<PersistState>).detail));
  void persistState().then(show);
  tools.after(box);
}
