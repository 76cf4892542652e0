/**
 * Shiki transformers for the lessons' code blocks.
 *
 * - Every block is a `<figure>` captioned by its language ("Python") or, with the fence meta
 *   `title="app/main.py"`, by the file it is, so sighted readers and screen readers alike know
 *   what they are looking at. src/scripts/copy.ts adds a copy button after the caption of each
 *   `figure.code`: it is not in the HTML, so a reader without JavaScript (or without CSS, in a
 *   text browser) meets no dead control. The bar's look and the horizontal scrolling live in
 *   src/styles/code.css.
 * - A block with the meta word `output` (```` ```text output ````) shows what the example before
 *   it prints: a `figure.code-output` captioned "Output", which gets no copy button (output is
 *   read and compared, not pasted). The content tests compare it with the example's real stdout
 *   (tests/unit/content-examples.test.ts).
 * - Code stays out of the search index: identifiers in code are taught in the prose around it,
 *   while code made incidental hits (`postgres` in a Compose file above the databases lesson)
 *   and unreadable excerpts. Inline code in prose is still indexed.
 * - A lesson's Python block says whether it runs in the browser: its `PYTHON` hook
 *   (src/lib/hooks/python.ts) is `run`, `needs` or `browser:<reason>` (src/lib/python/blocks.ts),
 *   read by src/scripts/python/run-buttons.ts.
 *   Quiz snippets pass `{ runnable: false }`: they are fragments, not programs.
 * - The markup is kept lean, since lessons carry dozens of blocks: Shiki's per-line wrappers and
 *   the classes and attributes no style or script reads are dropped.
 */
import type { ShikiTransformer } from '@shikijs/types';
import type { Element, ElementContent } from 'hast';
import { codeLanguageLabel, parseCodeMeta } from './code-meta';
import { PYTHON } from './hooks/python';
import { blockAttribute, classifyPython } from './python/blocks';

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The figure around a highlighted `pre`, captioned by its language, file name or "Output". */
export function codeFigure(pre: Element, caption: string, output: boolean): Element {
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: [output ? 'code-output' : 'code'], dataPagefindIgnore: '' },
    children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: [text(caption)] }, pre],
  };
}

const classOf = (node: Element) => String(node.properties['class'] ?? '');
const isSpan = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'span';

/**
 * Drops what no style or script reads, keeping the text exactly: Shiki's per-line spans (the
 * newlines between them stay), token spans in the block's default colour (the `pre` gives it),
 * and the `pre`'s theme classes and language attribute (the caption names the language).
 */
export function slimPre(pre: Element): void {
  // The pre's palette classes (`sl0`, `sd1`…; src/lib/shiki-palette.ts): the default colour.
  const plain = classOf(pre)
    .split(' ')
    .filter((c) => /^s[ld]\d+$/.test(c))
    .join(' ');
  const token = (node: ElementContent) =>
    isSpan(node) && (classOf(node) === '' || classOf(node) === plain) ? node.children : [node];
  const line = (node: ElementContent) =>
    isSpan(node) && classOf(node) === 'line' ? node.children.flatMap(token) : [node];
  for (const code of pre.children) if (code.type === 'element') code.children = code.children.flatMap(line);
  pre.properties = { class: 'astro-code', tabindex: pre.properties['tabindex'] ?? '0' };
}

export interface CodeBlockOptions {
  /** Mark Python blocks as runnable in the browser or not (lessons and projects: yes). */
  readonly runnable?: boolean;
}

export function codeBlocks({ runnable = true }: CodeBlockOptions = {}): ShikiTransformer {
  return {
    name: 'roadmap:code-blocks',
    root(root) {
      const pre = root.children[0];
      if (pre?.type !== 'element') return;
      slimPre(pre);
      const meta = parseCodeMeta(this.options.meta?.__raw);
      const caption = meta.output ? 'Output' : (meta.title ?? codeLanguageLabel(this.options.lang));
      const figure = codeFigure(pre, caption, meta.output);
      if (runnable && !meta.output && this.options.lang === 'python')
        figure.properties[PYTHON] = blockAttribute(classifyPython(this.source));
      root.children = [figure];
    },
  };
}
