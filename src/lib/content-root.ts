/**
 * Where the build reads content from: `content/` unless `ROADMAP_CONTENT` names another folder,
 * relative to the project root (the build tier's fixture site is `tests/fixtures/site`). Read here
 * and nowhere else; the collections, the exercise checks and every message that names a content
 * file take their paths from this module. Build-only.
 */
import { isAbsolute, posix } from 'node:path';

/** The folder the real site's content lives in. */
export const DEFAULT_CONTENT_ROOT = 'content';

/**
 * The content folder as a clean relative POSIX path (`content`, `tests/fixtures/site`); throws on
 * a value that is absolute or leaves the project, naming the variable.
 */
export function parseContentRoot(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  if (raw === '') return DEFAULT_CONTENT_ROOT;
  const path = posix.normalize(raw.replaceAll('\\', '/')).replace(/\/+$/, '');
  if (isAbsolute(raw) || path.startsWith('/') || path === '.' || path === '..' || path.startsWith('../'))
    throw new Error(
      `ROADMAP_CONTENT must be a folder inside the project, relative to its root (e.g. tests/fixtures/site); got "${value}"`,
    );
  return path;
}

/** The content folder of this build, relative to the project root, e.g. `content`. */
export const CONTENT_ROOT = parseContentRoot(process.env['ROADMAP_CONTENT']);

/** A path inside the content folder, relative to the project root: `contentPath('topics', 'x.mdx')`. */
export function contentPath(...parts: readonly string[]): string {
  return posix.join(CONTENT_ROOT, ...parts);
}

/**
 * Astro's cache folder for this content: the real site's is Astro's default; another content
 * folder gets its own, so the content store of a fixture build never mixes with the real one's
 * (same ids in both trees would otherwise keep the wrong file's path).
 */
export function contentCacheDir(root = CONTENT_ROOT): string {
  return root === DEFAULT_CONTENT_ROOT
    ? './node_modules/.astro'
    : `./node_modules/.astro/content-${root.replaceAll('/', '-')}`;
}
