/**
 * "Share my progress" on the home page. The workspace script (main.ts) loads this when the slot
 * comes near the viewport; it makes the button, so without JavaScript there is no dead control,
 * and the card's code (share-card.ts) loads only when the learner presses it.
 */
import { h } from '../dom';

export function start(slot: HTMLElement): void {
  const panel = h('div', { id: 'share-panel', class: 'share-panel', hidden: true });
  const button = h(
    'button',
    { type: 'button', class: 'button', 'aria-expanded': 'false', 'aria-controls': panel.id },
    'Share my progress',
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open) void import('./share-card').then((m) => m.start(panel));
  });
  slot.append(button, panel);
}
