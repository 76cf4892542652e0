// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { exerciseChecks } from './src/integrations/exercise-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pythonRuntime } from './src/integrations/python-runtime.ts';
import { roadmapChecks } from './src/integrations/roadmap-checks.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { codeBlocks } from './src/lib/code-blocks.ts';
import { CODE_THEMES, shikiPaletteClasses } from './src/lib/shiki-palette.ts';
import { headingAnchor } from './src/plugins/heading-anchor.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { rehypeFurtherSections } from './src/plugins/rehype-further-sections.ts';
import { remarkCallouts } from './src/plugins/remark-callouts.ts';
import { plainDynamicImport } from './src/plugins/vite-plain-dynamic-import.ts';
import { shikiPaletteCss } from './src/plugins/vite-shiki-palette.ts';

// Local builds serve from `/`. GitHub Pages project sites build with
// `astro build --site https://USER.github.io --base /REPO/` (see README and deploy workflow);
// the CLI flags override these defaults, and every link goes through src/lib/urls.ts.
export default defineConfig({
  site: 'https://example.github.io',
  base: '/',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Inline CSS (about 4 KiB gzip per page) saves render-blocking requests on a first visit,
    // which is what LCP on a phone measures. Astro hashes the inline styles for the CSP; our MDX
    // uses no components, which avoids the wrong-hash case noted in PLATFORM-NOTES.
    inlineStylesheets: 'always',
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, remarkCallouts],
      // rehype-slug must run first: MDX headings get Astro's ids only after user plugins.
      rehypePlugins: [rehypeSlug, rehypeFurtherSections, [rehypeAutolinkHeadings, headingAnchor], rehypeBaseLinks],
    }),
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
      // Classes instead of per-token style attributes: no inline styles, so the CSP needs no
      // 'unsafe-inline' (src/lib/shiki-palette.ts).
      transformers: [shikiPaletteClasses(), codeBlocks()],
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [plainDynamicImport(), shikiPaletteCss()],
    build: {
      rollupOptions: {
        // Every MDX entry carries Astro's own "use astro:head-inject" directive, and the bundler
        // warns once per lesson that it may not keep it: Astro handles it, and a newcomer cannot act
        // on it. Every other warning is still printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Order matters: the service worker precaches what Pagefind has written.
  integrations: [
    mdx(),
    sitemap(),
    exerciseChecks(),
    roadmapChecks(),
    pagefindIndex(),
    pythonRuntime(),
    serviceWorker(),
  ],
});
