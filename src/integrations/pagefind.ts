/**
 * Builds the Pagefind search index as part of `astro build`: after Astro writes the site, the
 * Pagefind Node API indexes the built HTML (only `data-pagefind-body` regions) and writes the
 * index to `<outDir>/pagefind/`. Any indexing error fails the build.
 */

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'roadmap:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          // Callout titles ("Common mistakes") are labels, not lesson text: keep them out of excerpts.
          const { index, errors } = await createIndex({ forceLanguage: 'en', excludeSelectors: ['.callout-title'] });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
