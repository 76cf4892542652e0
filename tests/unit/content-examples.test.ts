/**
 * The Python examples are kept true by running them. A block that needs only the standard
 * library is written to a fresh temporary folder and run there (empty stdin, breakpoints off, a
 * timeout); it must exit cleanly, and where the lesson states its output in a following
 * ```text output``` block, stdout must equal it. A block that needs a third-party package, a
 * project module or a service says so in a `# Needs: …` comment on one of its first three lines and
 * is only parsed (content-quality.test.ts); one that shows an error on purpose names it in a
 * `# Raises: …` comment and must end with that exception. Failures name the file and line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Code, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '../../src/lib/code-meta';
import { classifyPython, NEEDS, RAISES } from '../../src/lib/python/blocks';
import { ROOT, readSource } from './helpers';

interface Example {
  readonly where: string;
  readonly code: string;
  /** The stated output: the ```text output``` block right after the example, if any. */
  readonly output: string | undefined;
}

const TIMEOUT_MS = 20_000;

function examples(): Example[] {
  const files = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(ROOT, 'content', f));
  return files.flatMap((path) => {
    const source = readSource(path);
    // Line numbers in the file: the body starts after the frontmatter.
    const offset = readFileSync(path, 'utf8').split('\n').length - source.body.split('\n').length;
    const found: Example[] = [];
    visit(fromMarkdown(source.body), 'code', (node: Code, index, parent: Parent | undefined) => {
      if (node.lang !== 'python') return;
      const next = index === undefined ? undefined : parent?.children[index + 1];
      const output =
        next?.type === 'code' && next.lang === 'text' && parseCodeMeta(next.meta).output ? next.value : undefined;
      found.push({
        where: `${relative(ROOT, path)}:${(node.position?.start.line ?? 0) + offset}`,
        code: node.value,
        output,
      });
    });
    return found;
  });
}

/** Top-level modules each block imports that are not in this Python's standard library. */
function foreignImports(blocks: readonly string[]): string[][] {
  const script = [
    'import ast, json, sys',
    'out = []',
    'for src in json.load(sys.stdin):',
    '    mods = set()',
    '    for n in ast.walk(ast.parse(src)):',
    '        if isinstance(n, ast.Import): mods |= {a.name.split(".")[0] for a in n.names}',
    '        elif isinstance(n, ast.ImportFrom): mods.add("." if n.level else n.module.split(".")[0])',
    '    out.append(sorted(m for m in mods if m not in sys.stdlib_module_names))',
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(blocks), encoding: 'utf8' }));
}

const all = examples();
const foreign = foreignImports(all.map((e) => e.code));
const firstLines = (e: Example) =>
  e.code
    .split('\n')
    .slice(0, 3)
    .map((line) => line.trim());
const needs = (e: Example) => firstLines(e).some((line) => NEEDS.test(line));
const runnable = all.filter((e, i) => !needs(e) && (foreign[i] ?? []).length === 0);
const trimLines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

describe('Python examples', () => {
  it('are found', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(runnable.length).toBeGreaterThan(5);
  });

  it('run in the browser, or name a reason from the closed list, and at least 80 % of them run', () => {
    // classifyPython throws on a "# Browser:" reason outside src/lib/python/blocks.ts's list.
    const kinds = runnable.map((e) => [e.where, classifyPython(e.code).kind] as const);
    expect(kinds.filter(([, kind]) => kind === 'needs')).toEqual([]);
    const inBrowser = kinds.filter(([, kind]) => kind === 'run').length;
    expect(inBrowser / runnable.length).toBeGreaterThanOrEqual(0.8);
  });

  it('say what they need when they import beyond the standard library', () => {
    const undeclared = all.flatMap((e, i) =>
      (foreign[i] ?? []).length > 0 && !needs(e)
        ? [`${e.where}: imports ${foreign[i]?.join(', ')} without a "# Needs:" comment`]
        : [],
    );
    expect(undeclared).toEqual([]);
  });

  it.each(runnable.map((e) => [e.where, e] as const))(
    '%s runs with the standard library alone',
    (where, example) => {
      const dir = mkdtempSync(join(tmpdir(), 'roadmap-example-'));
      try {
        writeFileSync(join(dir, 'example.py'), example.code);
        const result = spawnSync('python3', ['example.py'], {
          cwd: dir,
          input: '',
          encoding: 'utf8',
          timeout: TIMEOUT_MS,
          env: { ...process.env, PYTHONBREAKPOINT: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' },
        });
        const lastError = result.stderr.trim().split('\n').at(-1) ?? '';
        expect(result.error, `${where}: ${result.error?.message}`).toBeUndefined();
        const raises = firstLines(example)
          .map((line) => RAISES.exec(line)?.[1])
          .find(Boolean);
        if (raises) {
          expect(lastError, `${where} should end with ${raises}`).toMatch(new RegExp(`^${raises}\\b`));
        } else {
          expect(result.status, `${where} exited with ${result.status}: ${lastError}`).toBe(0);
        }
        if (example.output !== undefined) {
          expect(trimLines(result.stdout), `${where}: stdout differs from the stated output`).toBe(
            trimLines(example.output),
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS + 10_000,
  );
});
