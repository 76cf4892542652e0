/**
 * Theme choice: `light` or `dark`, stored in localStorage; absent means "follow the system".
 * The inline script in the page head applies the stored choice before first paint (see
 * ThemeScript.astro); this module keeps the toggle button in step and other tabs in sync.
 */
import { LEGACY_THEME_KEY, themeKey } from '../lib/theme-key';

export const THEME_KEY = themeKey(import.meta.env.BASE_URL);

type Theme = 'light' | 'dark';

function stored(): Theme | undefined {
  try {
    const value = localStorage.getItem(THEME_KEY) ?? localStorage.getItem(LEGACY_THEME_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

const systemDark = matchMedia('(prefers-color-scheme: dark)');

/** The theme on screen: the one applied to <html> (even if storage refused it), else the system's. */
function effective(): Theme {
  const applied = document.documentElement.dataset['theme'];
  if (applied === 'light' || applied === 'dark') return applied;
  return systemDark.matches ? 'dark' : 'light';
}

function apply(theme: Theme | undefined): void {
  if (theme) document.documentElement.dataset['theme'] = theme;
  else delete document.documentElement.dataset['theme'];
}

class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback(): void {
    if (this.#button) return;
    // Markup of our own, fixed at build time: no data goes into it.
    this.innerHTML =
      '<button type="button" class="icon-button" aria-pressed="false"><svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"></path></svg><span class="sr-only">Dark theme</span></button>';
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#sync();
    this.#button.addEventListener('click', () => {
      const next: Theme = effective() === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage may be disabled; the choice then lasts for this page only.
      }
      apply(next);
      this.#sync();
    });
    systemDark.addEventListener('change', () => this.#sync());
    addEventListener('storage', (event) => {
      if (event.key === THEME_KEY || event.key === LEGACY_THEME_KEY) {
        apply(stored());
        this.#sync();
      }
    });
  }

  #sync(): void {
    this.#button?.setAttribute('aria-pressed', String(effective() === 'dark'));
  }
}

export function defineThemeToggle(): void {
  if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
}
