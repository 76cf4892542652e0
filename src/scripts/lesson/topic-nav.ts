/**
 * "Hide" and "Show topics" of the topic sidebar (src/components/lesson/TopicNav.astro): created
 * here, since without JavaScript they could do nothing, as the sidebar comes near the viewport
 * (src/scripts/workspace/main.ts). The choice is kept in this browser under the site's own key
 * (src/lib/progress/data-names.ts), which the before-paint script reads on every page
 * (ThemeScript.astro), so a folded sidebar never flashes open. Storage that refuses the write
 * only means the choice lasts for this page.
 */
import { topicsKey } from '../../lib/progress/data-names';
import { h } from '../dom';

function toggle(hide: boolean, other: HTMLElement): void {
  const root = document.documentElement;
  if (hide) root.dataset['topics'] = 'hidden';
  else delete root.dataset['topics'];
  try {
    const key = topicsKey(import.meta.env.BASE_URL);
    if (hide) localStorage.setItem(key, 'hidden');
    else localStorage.removeItem(key);
  } catch {
    // Kept for this page only.
  }
  // The pressed button is gone: focus moves to the one that undoes it.
  other.focus();
}

export function start(nav: HTMLElement): void {
  const head = nav.querySelector('.tn-head');
  if (!head) return;
  const hide = h('button', { type: 'button', class: 'button' }, 'Hide', h('span', { class: 'sr-only' }, ' topics'));
  const show = h(
    'button',
    { type: 'button', class: 'button tn-show' },
    h('span', { 'aria-hidden': 'true' }, '» '),
    'Show topics',
  );
  hide.addEventListener('click', () => toggle(true, show));
  show.addEventListener('click', () => toggle(false, hide));
  head.append(hide);
  head.after(show);
}
