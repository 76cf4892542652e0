/**
 * Checks internal links between built pages. A link is internal when it resolves to the site's
 * origin under its base path; it must reach a built page (`/x/` → `x/index.html`) or file, and
 * its `#fragment`, if any, an element id on that page.
 */
import type { ParsedPage } from './html-links';
import { normalizeBase } from './urls';

export interface PageLinks extends ParsedPage {
  /** The page's file path inside the output folder, e.g. `/basic/index.html`. */
  readonly path: string;
}

const ORIGIN = 'https://site.invalid';

/** The output file a site pathname (without base) is served from. */
function fileFor(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/** The URL path a page file is served at: `/basic/index.html` → `/basic/`. */
export function pagePath(file: string): string {
  return file.replace(/index\.html$/, '');
}

export function findBrokenLinks(
  pages: readonly PageLinks[],
  base: string,
  assets: ReadonlySet<string> = new Set(),
): string[] {
  const prefix = normalizeBase(base);
  const byFile = new Map(pages.map((p) => [p.path, p]));
  const problems: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(prefix.slice(0, -1) + pagePath(page.path), ORIGIN);
    const where = page.source ?? `page ${prefix.slice(0, -1)}${pagePath(page.path)}`;
    for (const href of page.links) {
      const url = new URL(href, pageUrl);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith(prefix)) {
        problems.push(`${where}: link "${href}" is outside the base path ${prefix}`);
        continue;
      }
      const file = fileFor(`/${url.pathname.slice(prefix.length)}`);
      const target = byFile.get(file);
      if (!target) {
        if (!assets.has(file)) problems.push(`${where}: link "${href}" goes to a page that does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== '' && !target.ids.has(fragment)) {
        problems.push(`${where}: link "${href}" points to #${fragment}, which is not on that page`);
      }
    }
  }
  return problems;
}
