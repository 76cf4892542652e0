/**
 * Where the theme choice is stored: like progress, under a key named after the site's base path,
 * so copies of the site on one `USER.github.io` origin keep their own choice. The first releases
 * used one shared key, still read as a fallback and never removed.
 */
/**
 * The theme choice: `rm-theme:<base>`, and the first releases' `rm-theme`. Re-exported by
 * src/lib/site.ts with the site's other names; defined here so that the start-up script, which
 * needs only this, does not share a module (and a chunk) with the workspace's.
 */
export const THEME_KEY_PREFIX = 'rm-theme';
export const LEGACY_THEME_KEY = THEME_KEY_PREFIX;
export const themeKey = (base: string): string => `${THEME_KEY_PREFIX}:${base}`;
