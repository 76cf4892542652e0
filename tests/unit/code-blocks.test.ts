import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from '../../src/lib/code-blocks';
import { codeLanguageLabel, codeLanguageLabels, parseCodeMeta } from '../../src/lib/code-meta';
import { CODE_THEMES, shikiPaletteClasses, styleToClasses } from '../../src/lib/shiki-palette';
import { ROOT } from './helpers';

const CONTENT = join(ROOT, 'content');
const contentFiles = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx') || file.endsWith('.yaml'))
  .map((file) => ({ file, text: readFileSync(join(CONTENT, file), 'utf8') }));
/** Every opening fence in the content: its language and its meta. */
const fences = contentFiles.flatMap(({ file, text }) =>
  [...text.matchAll(/^\s*```([\w-]+)(.*)$/gm)].map((m) => ({ file, lang: m[1] ?? '', meta: m[2] ?? '' })),
);

/** Every fence language in the lessons and projects, and every quiz snippet's `lang`. */
function contentLanguages(): Set<string> {
  const langs = new Set(fences.map((f) => f.lang));
  for (const { file, text } of contentFiles)
    if (file.startsWith('quizzes')) for (const m of text.matchAll(/^\s*lang:\s*([\w-]+)/gm)) langs.add(m[1] ?? '');
  return langs;
}

const options = (meta?: string) => ({
  ...(meta === undefined ? {} : { meta }),
  defaultColor: false as const,
  transformers: [shikiPaletteClasses(), codeBlocks()],
});
const highlighter = () => createShikiHighlighter({ themes: CODE_THEMES });
const render = async (code: string, lang: string, meta?: string): Promise<Root> =>
  (await highlighter()).codeToHast(code, lang, options(meta));
const html = async (code: string, lang: string, meta?: string): Promise<string> =>
  (await highlighter()).codeToHtml(code, lang, options(meta));

const figureOf = (root: Root): Element => {
  const figure = root.children[0];
  if (figure?.type !== 'element') throw new Error('no figure');
  return figure;
};

describe('code block labels', () => {
  it('names every language the content uses, in human-readable form', () => {
    const langs = contentLanguages();
    expect(langs.size).toBeGreaterThan(8);
    for (const lang of langs) expect(() => codeLanguageLabel(lang), lang).not.toThrow();
    expect(codeLanguageLabel('python')).toBe('Python');
    expect(codeLanguageLabel('yaml')).toBe('YAML');
    expect(codeLanguageLabel('dockerfile')).toBe('Dockerfile');
  });

  it('fails on a language without a label, naming it and where to add it', () => {
    expect(() => codeLanguageLabel('yml')).toThrow(/"yml".*src\/lib\/code-meta\.ts/);
    expect(() => codeLanguageLabel('toString')).toThrow(/"toString"/);
  });

  it('keeps labels short and in sentence case or as the language writes its name', () => {
    for (const label of Object.values(codeLanguageLabels)) expect(label).toMatch(/^[A-Z][A-Za-z]{1,11}$/);
  });
});

describe('fence meta', () => {
  it('is understood on every block of the content, and some blocks name their file', () => {
    const metas = fences.map((f) => ({ where: f.file, meta: () => parseCodeMeta(f.meta) }));
    for (const { where, meta } of metas) expect(meta, where).not.toThrow();
    expect(metas.filter(({ meta }) => meta().title !== undefined).length).toBeGreaterThan(20);
  });

  it('reads nothing from an empty meta', () => {
    expect(parseCodeMeta(undefined)).toEqual({ output: false, title: undefined });
    expect(parseCodeMeta(null)).toEqual({ output: false, title: undefined });
    expect(parseCodeMeta('  ')).toEqual({ output: false, title: undefined });
  });

  it('reads the output word and a quoted file name', () => {
    expect(parseCodeMeta('output')).toEqual({ output: true, title: undefined });
    expect(parseCodeMeta('title="app/main.py"')).toEqual({ output: false, title: 'app/main.py' });
    expect(parseCodeMeta(' title=".github/workflows/ci.yml" ')).toEqual({
      output: false,
      title: '.github/workflows/ci.yml',
    });
  });

  it('does not take a file name called output.txt for the output word', () => {
    expect(parseCodeMeta('title="output.txt"')).toEqual({ output: false, title: 'output.txt' });
  });

  it('fails on unknown words, unquoted or empty titles, and an output block with a file name', () => {
    expect(() => parseCodeMeta('titel="app.py"')).toThrow(/unknown fence meta "titel="app.py""/);
    expect(() => parseCodeMeta('title=app.py')).toThrow(/unknown fence meta/);
    expect(() => parseCodeMeta('title="app.py')).toThrow(/unknown fence meta/);
    expect(() => parseCodeMeta('title=""')).toThrow(/unknown fence meta/);
    expect(() => parseCodeMeta('output showLineNumbers')).toThrow(/"showLineNumbers"/);
    expect(() => parseCodeMeta('output title="out.txt"')).toThrow(/no file name/);
  });
});

describe('code block markup', () => {
  const code = 'def greet(name: str) -> str:\n    return f"Hello, {name}"\n\nprint(greet("Ada"))';

  it('wraps the code in a figure captioned by its language, kept out of the search index', async () => {
    expect(await html(code, 'python')).toMatch(
      /^<figure class="code" data-pagefind-ignore(="")?( data-python="run")?><figcaption>Python<\/figcaption><pre class="astro-code" tabindex="0"><code>/,
    );
  });

  it('says whether a Python block runs in the browser, and why not', async () => {
    expect(await html(code, 'python')).toContain('data-python="run"');
    expect(await html(`# Needs: fastapi\n${code}`, 'python')).toContain('data-python="needs"');
    expect(await html(`# Browser: threads\n${code}`, 'python')).toContain('data-python="browser:threads"');
    expect(await html('print(1)', 'text', 'output')).not.toContain('data-python');
    await expect(html(`# Browser: thread\n${code}`, 'python')).rejects.toThrow(/unknown "# Browser: thread"/);
  });

  it('puts no button in the HTML, so no reader without JavaScript meets a dead one', async () => {
    expect(await html(code, 'python')).not.toContain('<button');
  });

  it('captions a block with a file name by that name instead of the language', async () => {
    const figure = figureOf(await render(code, 'python', 'title="app/main.py"'));
    expect(hastToString(figure.children[0] ?? figure)).toBe('app/main.py');
  });

  it('captions output "Output" in a figure of its own class, which gets no copy button', async () => {
    expect(await html('Hello, Ada', 'text', 'output')).toMatch(
      /^<figure class="code-output" data-pagefind-ignore(="")?><figcaption>Output<\/figcaption><pre /,
    );
  });

  it('keeps the code text exactly while dropping line wrappers and default-colour spans', async () => {
    const figure = figureOf(await render(code, 'python'));
    const pre = figure.children.at(-1);
    expect(pre?.type === 'element' && pre.tagName).toBe('pre');
    expect(hastToString(pre ?? figure)).toBe(code);
    const markup = await html(code, 'python');
    expect(markup).not.toContain('class="line"');
    const keyword = styleToClasses('--shiki-light:#cf222e;--shiki-dark:#ff7b72').join(' ');
    const plain = styleToClasses('--shiki-light:#1f2328;--shiki-dark:#e6edf3').join(' ');
    expect(markup).toContain(`<span class="${keyword}">def</span>`);
    expect(markup).not.toContain(`class="${plain}"`);
  });

  it('fails the build on a fence language without a label', async () => {
    await expect(render('x', 'javascript')).rejects.toThrow(/no label for the language "javascript"/);
  });
});
