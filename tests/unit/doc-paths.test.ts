/**
 * Paths named in comments and docs exist: a comment that says "see src/lib/x.ts" after x.ts was
 * renamed misleads the next reader. Checks every path-like name (`src/…`, `tests/…`, `docs/…`,
 * `scripts/…`, `content/…` with a file extension or a trailing slash) in source comments, the
 * README, CONTRIBUTING and docs/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const PATH =
  /(?<![\w./-])((?:src|tests|docs|scripts|content)\/[\w.[\]/-]*\w(?:\/|\.(?:ts|astro|mdx|md|mjs|css|yaml|json)))(?![\w/])/g;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

const sources = [
  ...files('src', /\.(ts|astro|css|mjs)$/),
  ...files('scripts', /\.mjs$/),
  ...files('docs', /\.md$/),
  'README.md',
  'CONTRIBUTING.md',
  'astro.config.mjs',
];

describe('paths named in comments and docs', () => {
  it.each(sources)('%s names only paths that exist', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const named = [...text.matchAll(PATH)].map((m) => m[1] ?? '');
    // Globs and placeholders (`content/topics/*.mdx`, `src/…/x`) are patterns, not paths.
    const missing = named.filter((p) => !/[*…<]/.test(p) && !existsSync(join(ROOT, p)));
    expect(missing).toEqual([]);
  });
});
