/**
 * The site's base path as finally resolved (config file plus `--base` on the command line).
 * `astro:config:done` sets it (see src/integrations/roadmap-checks.ts) before any Markdown is
 * rendered; the rehype plugin that rewrites root-relative links reads it.
 */
let base = '/';

export function setBasePath(value: string): void {
  base = value;
}

export function getBasePath(): string {
  return base;
}
