/**
 * The page↔script contract (src/lib/hooks/index.ts): every hook is named in one module of
 * src/lib/hooks/. Components, scripts and e2e tests use the constants, never the attribute's
 * text (CSS alone may select on it), so renaming a hook is a compile error everywhere; no hook is
 * dead (each is written by markup or a script and read by a script, a stylesheet or a test); and
 * the workspace's start-up module names only what its start-up code reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>('../../src/lib/hooks/*.ts', { eager: true });

const files = (dir: string, ext = /\.(ts|astro|mjs)$/): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));

/** Source without `<style>` blocks: CSS cannot import names and may select on a hook's attribute. */
const code = (file: string): string => readFileSync(file, 'utf8').replace(/<style[\s\S]*?<\/style>/g, '');
/** Every stylesheet: `.css` files and the `<style>` blocks of components. */
const css = [
  ...files('src', /\.css$/).map((f) => readFileSync(f, 'utf8')),
  ...files('src', /\.astro$/).flatMap((f) => readFileSync(f, 'utf8').match(/<style[\s\S]*?<\/style>/g) ?? []),
].join('\n');

/** [constant, attribute, module file] for every hook. */
const names = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports).flatMap(([name, value]): [string, string, string][] =>
    typeof value === 'string' ? [[name, value, path.slice(path.lastIndexOf('/') + 1)]] : [],
  ),
);
const hooksDir = join('src', 'lib', 'hooks');
const sources = [...files('src'), ...files('tests/e2e')].filter((f) => !f.startsWith(hooksDir));
const texts = new Map(sources.map((f) => [f, code(f)]));
const inFiles = (filter: (f: string) => boolean, pattern: RegExp): string[] =>
  sources.filter((f) => filter(f) && pattern.test(texts.get(f) ?? ''));
const isMarkup = (f: string): boolean =>
  /^src\/(components|pages|layouts|plugins)\//.test(f) || f.endsWith('lesson-page.ts') || f.endsWith('code-blocks.ts');
const isScript = (f: string): boolean => f.startsWith('src/scripts/');
const isTest = (f: string): boolean => f.startsWith('tests/e2e/');
const camel = (attribute: string): string =>
  attribute.slice('data-'.length).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('page↔script hooks', () => {
  it('names attributes only, each once, in the modules of src/lib/hooks/ (index.ts has the helpers)', () => {
    expect(names.length).toBeGreaterThan(40);
    for (const [, value] of names) expect(value).toMatch(/^data-[a-z]+(-[a-z]+)*$/);
    expect(new Set(names.map(([, v]) => v)).size).toBe(names.length);
    expect(new Set(names.map(([n]) => n)).size).toBe(names.length);
    expect(names.filter(([, , file]) => file === 'index.ts')).toEqual([]);
  });

  it.each(names)('%s (%s) is written only in its module and in CSS', (_, value) => {
    const raw = new RegExp(`${value}(?![a-z-])`);
    const key = camel(value);
    const dataset = new RegExp(`dataset(\\.${key}\\b|\\[['"\`]${key}['"\`]\\])`);
    expect(inFiles(() => true, raw)).toEqual([]);
    expect(inFiles(() => true, dataset)).toEqual([]);
  });

  it.each(names)(
    '%s (%s) is written by markup or a script and read by a script, a stylesheet or a test',
    (name, value) => {
      const n = `\\b${name}\\b`;
      const byMarkup = inFiles(isMarkup, new RegExp(`hook\\(${n}|\\[${n}\\]`)).length > 0;
      const byScript = inFiles(isScript, new RegExp(`\\[${n}\\]:|setAttribute\\(${n}`)).length > 0;
      // A row of the workspace's parts table (`[NOTES_SLOT, () => import('./notes')]`) is read by its loop's sel(name).
      // `[${NAME}]` in a template is a selector too: the section links' and the scroll-spy's own entries
      // use it so as not to share the workspace's sel() (one more chunk on every page with a heading).
      const read = `sel\\(${n}\\)|read\\(\\w+, ${n}\\)|(get|has)Attribute\\(${n}\\)|\\[${n}, \\(\\) => import\\(|\\[\\$\\{${name}\\}\\]`;
      const readByScript = inFiles(isScript, new RegExp(read)).length > 0;
      const readByCss = new RegExp(`\\[${value}[\\]=]`).test(css);
      const readByTest = inFiles(isTest, new RegExp(n)).length > 0;
      // Markup's hooks are there for a script; a script's own marks are there for styles, tests or another script.
      const contract = (byMarkup && readByScript) || (byScript && (readByScript || readByCss || readByTest));
      expect({ byMarkup, byScript, readByScript, readByCss, readByTest, contract }).toMatchObject({ contract: true });
    },
  );

  it('the workspace module names only what the start-up code reads or writes (the rest load with their parts)', () => {
    const startUp = ['src/scripts/workspace/main.ts', 'src/scripts/workspace/status.ts'].map((f) => texts.get(f) ?? '');
    const unused = names
      .filter(([, , file]) => file === 'workspace.ts')
      .filter(([name]) => !startUp.some((text) => new RegExp(`\\b${name}\\b`).test(text)))
      .map(([name]) => name);
    expect(unused).toEqual([]);
    for (const text of startUp) expect(text).not.toMatch(/from '[./]*lib\/hooks\/(?!workspace')/);
  });
});
