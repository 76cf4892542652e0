/**
 * Theme choice: `light`, `dark` or `system`, stored in localStorage; absent means "system" too.
 * The inline script in the page head applies the stored choice before first paint (see
 * ThemeScript.astro); this module wires the theme button (ThemeToggle.astro) and keeps other tabs
 * in sync. Each press moves to the next choice, ordered so that the first press always changes
 * what the reader sees: system → the opposite of the system's theme → the system's → system.
 */
import { LEGACY_THEME_KEY, themeKey } from '../lib/theme-key';

export const THEME_KEY = themeKey(import.meta.env.BASE_URL);

type Theme = 'light' | 'dark';
type Choice = Theme | 'system';

function stored(): Theme | undefined {
  try {
    const value = localStorage.getItem(THEME_KEY) ?? localStorage.getItem(LEGACY_THEME_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

const systemDark = matchMedia('(prefers-color-scheme: dark)');

/** The choice in force: the one applied to <html> (even if storage refused it), else the system. */
function choice(): Choice {
  const applied = document.documentElement.dataset['theme'];
  return applied === 'light' || applied === 'dark' ? applied : 'system';
}

function apply(theme: Theme | undefined): void {
  if (theme) document.documentElement.dataset['theme'] = theme;
  else delete document.documentElement.dataset['theme'];
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('button')) return;
    const button = document.createElement('button');
    const label = document.createElement('span');
    button.type = 'button';
    button.className = 'icon-button';
    label.className = 'sr-only';
    button.append(...this.childNodes, label);
    this.append(button);
    const sync = (): void => {
      const now = choice();
      button.dataset['choice'] = now;
      label.textContent = button.title = `Colour theme: ${now}`;
    };
    sync();
    button.addEventListener('click', () => {
      const system: Theme = systemDark.matches ? 'dark' : 'light';
      const now = choice();
      const next: Theme | undefined =
        now === 'system' ? (system === 'dark' ? 'light' : 'dark') : now === system ? undefined : system;
      try {
        // "system" is stored rather than the key removed, so the first releases' shared key
        // (read as a fallback, left for other copies) cannot bring an old choice back.
        localStorage.setItem(THEME_KEY, next ?? 'system');
      } catch {
        // Storage may be disabled; the choice then lasts for this page only.
      }
      apply(next);
      sync();
    });
    addEventListener('storage', (event) => {
      if (event.key === THEME_KEY || event.key === LEGACY_THEME_KEY) {
        apply(stored());
        sync();
      }
    });
  }
}

export function defineThemeToggle(): void {
  if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
}
