/**
 * The one Markdown and code integration: the remark/rehype plugins every lesson, project and
 * comparison page goes through, with Shiki's options, registered in `astro:config:setup` with the
 * base path as resolved there (the config file plus `--base` on the command line). Code blocks'
 * bars, languages and Run markers come from src/lib/code-blocks.ts, their colours from
 * src/lib/shiki-palette.ts; the self-check's `<Code>` blocks use the same two. Astro's own Shiki
 * step is off (`syntaxHighlight: false` in astro.config.mjs, where Astro reads it before any
 * integration runs): Shiki is the first rehype plugin here, where Astro would have run it.
 */
import { rehypeShiki, type ShikiConfig, unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { codeBlocks } from '../lib/code-blocks';
import { CODE_THEMES, shikiPaletteClasses } from '../lib/shiki-palette';
import { headingAnchor } from '../plugins/heading-anchor';
import { rehypeBaseLinks } from '../plugins/rehype-base-links';
import { rehypeFurtherSections } from '../plugins/rehype-further-sections';
import { remarkCallouts } from '../plugins/remark-callouts';

/** Shiki's options: both themes, no default colour, classes instead of inline styles. */
export const shikiOptions: ShikiConfig = {
  themes: CODE_THEMES,
  defaultColor: false,
  wrap: false,
  // Classes instead of per-token style attributes: no inline styles, so the CSP needs no
  // 'unsafe-inline' (src/lib/shiki-palette.ts).
  transformers: [shikiPaletteClasses(), codeBlocks()],
};

export function markdown(): AstroIntegration {
  return {
    name: 'roadmap:markdown',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          markdown: {
            processor: unified({
              remarkPlugins: [remarkGfm, remarkCallouts],
              // Shiki first, where Astro's own highlighting would run; then rehype-slug, before the
              // rest: MDX headings get Astro's ids only after user plugins.
              rehypePlugins: [
                [rehypeShiki, shikiOptions],
                rehypeSlug,
                rehypeFurtherSections,
                [rehypeAutolinkHeadings, headingAnchor],
                [rehypeBaseLinks, { base: config.base }],
              ],
            }),
          },
        });
      },
    },
  };
}
