/**
 * Code highlighting through classes instead of per-token `style` attributes, so built pages
 * carry no inline styles and the CSP needs no `'unsafe-inline'`. Shiki (dual themes, no default
 * colour) writes `--shiki-light:#hex;--shiki-dark:#hex` on every token; this transformer turns
 * each colour into a class named by its place in the theme's palette (`sl0` for the light
 * theme's first colour, `sd4` for the dark theme's fifth) and the palette CSS, generated from
 * the two themes' token colours, gives each class its custom property. Short names matter: a
 * lesson carries a few thousand token spans, and `class="sl3 sd7"` instead of
 * `class="sl-cf222e sd-ff7b72"` saved about 430-600 B of gzipped HTML per long lesson
 * (measured 2026-12-06 on advanced-security). The names are rebuilt from the themes on every
 * build, so a theme update cannot leave a stale class behind.
 * A colour the palette does not know fails the build instead of rendering unstyled.
 */
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import type { ShikiTransformer, ThemeRegistration } from '@shikijs/types';

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

const MODES = { light: 'sl', dark: 'sd' } as const;
/**
 * Font style, weight and decoration per theme (italic comments, bold Markdown headings) are
 * left out: both themes use them rarely, and colour carries the meaning. Dropped on purpose.
 */
const DROPPED = /^--shiki-(light|dark)-(font-style|font-weight|text-decoration)$/;

function tokenColors(theme: ThemeRegistration): string[] {
  const colors = new Set<string>([String(theme.colors?.['editor.foreground'] ?? '').toLowerCase()]);
  for (const rule of theme.tokenColors ?? []) {
    const fg = rule.settings?.foreground;
    if (fg) colors.add(fg.toLowerCase());
  }
  return [...colors].filter((c) => /^#[0-9a-f]{3,8}$/.test(c));
}

const palettes = { light: tokenColors(githubLight), dark: tokenColors(githubDark) };

/** The palette CSS: one rule per theme colour, plus the blocks' backgrounds and text colour. */
export function paletteCss(): string {
  const rules: string[] = [];
  for (const mode of ['light', 'dark'] as const) {
    palettes[mode].forEach((color, i) => {
      rules.push(`.${MODES[mode]}${i}{--shiki-${mode}:${color}}`);
    });
  }
  const bg = (t: ThemeRegistration) => String(t.colors?.['editor.background'] ?? 'Canvas');
  const fg = (t: ThemeRegistration) => String(t.colors?.['editor.foreground'] ?? 'CanvasText');
  rules.push(
    `.astro-code{--shiki-light-bg:${bg(githubLight)};--shiki-dark-bg:${bg(githubDark)};--shiki-light:${fg(githubLight)};--shiki-dark:${fg(githubDark)}}`,
  );
  // The layer order as in src/styles/global.css, in case this stylesheet comes first on a page.
  return `@layer reset,tokens,base,layout,prose,components,utilities,vendor;@layer components{${rules.join('')}}\n`;
}

/** The classes for one `style` value, or an error naming what the palette lacks. */
export function styleToClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [rawProp, ...rest] = declaration.split(':');
    const prop = rawProp?.trim() ?? '';
    const value = rest.join(':').trim().toLowerCase();
    if (prop === '') continue;
    const mode = prop.startsWith('--shiki-light') ? 'light' : prop.startsWith('--shiki-dark') ? 'dark' : undefined;
    if (prop === 'overflow-x' || prop.endsWith('-bg') || DROPPED.test(prop)) continue; // see above; bg and overflow are set for every block
    if (mode && (prop === '--shiki-light' || prop === '--shiki-dark')) {
      const index = palettes[mode].indexOf(value);
      if (index < 0) throw new Error(`shiki-palette: ${mode} colour ${value} is not in the palette`);
      classes.push(`${MODES[mode]}${index}`);
    } else {
      throw new Error(`shiki-palette: no class for "${declaration.trim()}"`);
    }
  }
  return classes;
}

/**
 * The Shiki transformer: moves every `style` of the code block and its tokens into classes.
 * It also lifts Shiki's 500 ms limit per line (`tokenizeTimeLimit`), which every code path on the
 * site passes through here: a block's first line also pays for compiling its grammar, and on a
 * busy machine that took over 500 ms, so Shiki left the rest of the line in the previous token's
 * colour and the page depended on the machine's load (seen 2026-12-06 on the databases lesson's
 * first SQL block). With no limit, a grammar that never finishes would hang the build, which is
 * noticed; a wrongly coloured line is not.
 */
export function shikiPaletteClasses(): ShikiTransformer {
  const convert = (node: { properties: Record<string, unknown> }) => {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    delete node.properties['style'];
    const existing = node.properties['class'];
    const classes = [
      ...(typeof existing === 'string' ? existing.split(' ') : Array.isArray(existing) ? existing.map(String) : []),
      ...styleToClasses(style),
    ];
    if (classes.length > 0) node.properties['class'] = classes.join(' ');
  };
  return {
    name: 'shiki-palette-classes',
    preprocess(_code, options) {
      options.tokenizeTimeLimit = 0;
    },
    pre: convert,
    span: convert,
  };
}
