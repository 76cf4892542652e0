/**
 * Build-time checks of the finished site that Astro does not make itself:
 * - after the build, every internal link (`<a href>`) on every page must point to a built page
 *   and, with a `#fragment`, to an element with that id. A broken link fails the build and names
 *   the content file it came from.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parsePageLinks } from '../lib/html-links';
import { findBrokenLinks, type PageLinks } from '../lib/link-check';

async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`);
}

export function roadmapChecks(): AstroIntegration {
  let base = '/';
  return {
    name: 'roadmap:checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await builtFiles(outDir);
        const pages: PageLinks[] = await Promise.all(
          files
            .filter((path) => path.endsWith('.html'))
            .map(async (path) => ({ path, ...parsePageLinks(await readFile(join(outDir, path), 'utf8')) })),
        );
        const problems = findBrokenLinks(pages, base, new Set(files));
        if (problems.length > 0) {
          throw new Error(`Broken internal links:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
        logger.info(`checked internal links and anchors on ${pages.length} pages`);
      },
    },
  };
}
