/**
 * "Hide" and "Show topics" of the topic sidebar (src/components/lesson/TopicNav.astro), loaded on
 * the first press (boot.ts). The choice is kept in this browser under the site's own key
 * (src/lib/theme-key.ts), which the before-paint script reads on every page
 * (ThemeScript.astro), so a folded sidebar never flashes open. Storage that refuses the write
 * only means the choice lasts for this page.
 */
import { topicsKey } from '../../lib/progress/data-names';

export function toggle(button: HTMLElement): void {
  const hide = button.dataset['topicsToggle'] === 'hide';
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
  document.querySelector<HTMLElement>(`[data-topics-toggle="${hide ? 'show' : 'hide'}"]`)?.focus();
}
