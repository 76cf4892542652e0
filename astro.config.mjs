// @ts-check

import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { exerciseChecks } from './src/integrations/exercise-checks.ts';
import { markdown } from './src/integrations/markdown.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pythonRuntime } from './src/integrations/python-runtime.ts';
import { roadmapChecks } from './src/integrations/roadmap-checks.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { contentCacheDir } from './src/lib/content-root.ts';
import { FALLBACK_SITE } from './src/lib/site.ts';
import { plainDynamicImport } from './src/plugins/vite-plain-dynamic-import.ts';
import { shikiPaletteCss } from './src/plugins/vite-shiki-palette.ts';

// Local builds serve from `/`. GitHub Pages project sites build with
// `astro build --site https://USER.github.io --base /REPO/` (see README and deploy workflow);
// the CLI flags override these defaults, and every link goes through src/lib/urls.ts.
export default defineConfig({
  site: FALLBACK_SITE,
  base: '/',
  trailingSlash: 'always',
  // A build of another content folder (ROADMAP_CONTENT, the build tier's fixture site) keeps its
  // own content store.
  cacheDir: contentCacheDir(),
  build: {
    format: 'directory',
    // Inline CSS (about 4 KiB gzip per page) saves render-blocking requests on a first visit,
    // which is what LCP on a phone measures. Astro hashes the inline styles for the CSP; our MDX
    // uses no components, which avoids the wrong-hash case noted in PLATFORM-NOTES.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Highlighting runs as the first rehype plugin of src/integrations/markdown.ts, with classes
    // instead of inline styles. Astro's own step is off, and with it the build's warning that
    // Shiki's inline styles clash with the CSP (true of Astro's defaults, not of our output).
    syntaxHighlight: false,
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
    markdown(),
    mdx(),
    sitemap(),
    exerciseChecks(),
    roadmapChecks(),
    pagefindIndex(),
    pythonRuntime(),
    serviceWorker(),
  ],
});
