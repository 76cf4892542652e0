/**
 * Where the theme choice is stored: like progress, under a key named after the site's base path,
 * so copies of the site on one `USER.github.io` origin keep their own choice. The first releases
 * used one shared key, still read as a fallback and never removed.
 */
import { THEME_KEY_PREFIX } from './site';
export const LEGACY_THEME_KEY = THEME_KEY_PREFIX;
export const themeKey = (base: string): string => `${THEME_KEY_PREFIX}:${base}`;
