/**
 * The page↔script contract (src/lib/hooks.ts): every hook is written in one place. Components,
 * scripts and e2e tests use the constants, never the attribute's text, so renaming a hook is a
 * compile error everywhere; and no hook is dead (written by markup and read by code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as hooks from '../../src/lib/hooks';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

/** Source without `<style>` blocks: CSS cannot import names and may select on a hook's attribute. */
const code = (file: string): string => readFileSync(file, 'utf8').replace(/<style[\s\S]*?<\/style>/g, '');

const names = Object.entries(hooks).flatMap(([name, value]): [string, string][] =>
  typeof value === 'string' ? [[name, value]] : [],
);
const everywhere = [...files('src'), ...files('tests/e2e')].filter((f) => !f.endsWith(join('lib', 'hooks.ts')));
const markup = everywhere.filter(
  (f) =>
    f.startsWith('src/components') ||
    f.startsWith('src/pages') ||
    f.startsWith('src/layouts') ||
    f.endsWith('lesson-page.ts'),
);
const scripts = everywhere.filter((f) => f.startsWith('src/scripts'));

describe('page↔script hooks', () => {
  it('names attributes only', () => {
    expect(names.length).toBeGreaterThan(15);
    for (const [, value] of names) expect(value).toMatch(/^data-[a-z]+(-[a-z]+)*$/);
    expect(new Set(names.map(([, v]) => v)).size).toBe(names.length);
  });

  it.each(names)('%s is written only in src/lib/hooks.ts', (_, value) => {
    const raw = new RegExp(`${value}(?![a-z-])`);
    expect(everywhere.filter((f) => raw.test(code(f)))).toEqual([]);
  });

  it.each(names)('%s is written by markup and read by a script', (name) => {
    const used = new RegExp(`\\b${name}\\b`);
    // The status is the one hook a script writes (for styles and tests): no markup holds it.
    const inMarkup = markup.some((f) => used.test(code(f)));
    expect(inMarkup, 'markup').toBe(name !== 'STATUS');
    expect(
      scripts.some((f) => used.test(code(f))),
      'script',
    ).toBe(true);
  });
});
