/**
 * Turns a content file's Markdown body into portable Markdown for readers outside the site (the
 * Markdown twins, llms-full.txt, the EPUB): site links become absolute URLs, our callout markers
 * (`> [!MISTAKES]`) become a bold title any Markdown reader understands, and everything else is
 * kept byte for byte. The source is parsed (mdast-util-from-markdown with GFM) only to find where
 * the edits go, so code blocks, tables and spacing stay exactly as the author wrote them.
 */
import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as textOf } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { CALLOUT_TITLES } from '../plugins/remark-callouts';

/** A replacement of `source.slice(start, end)`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Parses Markdown with GFM (tables, footnotes, task lists), as the site's pipeline does. */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * parseMarkdown for readers that do not change the tree, remembered per source text: one build
 * reads each lesson body for its twin, llms-full.txt, the EPUB and the /book/ page, and parsing
 * was most of those pages' build time. Callers must treat the tree as read-only.
 */
const parsed = new Map<string, Root>();
export function readMarkdown(source: string): Root {
  let tree = parsed.get(source);
  if (!tree) {
    tree = parseMarkdown(source);
    parsed.set(source, tree);
  }
  return tree;
}

const CALLOUT = /^\[!([A-Za-z]+)\][ \t]*$/m;

function linkEdit(source: string, node: Link, resolve: (url: string) => string): Edit | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const target = resolve(node.url);
  if (target === node.url) return undefined;
  // An inline link ends with `(url)` or `(url "title")`: the last `](url` in its source is the target.
  const at = source.slice(start, end).lastIndexOf(`](${node.url}`);
  if (at < 0) return undefined;
  const urlStart = start + at + 2;
  return { start: urlStart, end: urlStart + node.url.length, text: target };
}

/**
 * Rewrites a Markdown body for readers outside the site. `resolve` maps a link target to what the
 * reader should follow (e.g. `/basic/` to `https://user.github.io/repo/basic/`); targets it
 * returns unchanged are left alone.
 */
export function portableMarkdown(source: string, resolve: (url: string) => string): string {
  const tree = readMarkdown(source);
  const edits: Edit[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') {
      const edit = linkEdit(source, node, resolve);
      if (edit) edits.push(edit);
    } else if (node.type === 'blockquote') {
      const first = node.children[0];
      const start = first?.position?.start.offset;
      const end = first?.position?.end.offset;
      if (first?.type !== 'paragraph' || start === undefined || end === undefined) return;
      const match = CALLOUT.exec(source.slice(start, end));
      const kind = match?.[1]?.toUpperCase();
      const title = Object.entries(CALLOUT_TITLES).find(([key]) => key === kind)?.[1];
      if (match && title && match.index === 0) {
        edits.push({ start, end: start + match[0].length, text: `**${title}:**` });
      }
    }
  });
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.trim();
}

/** Every heading of a Markdown text as `{ depth, text }` (plain text), in order. */
export function markdownHeadings(source: string): { depth: number; text: string }[] {
  const headings: { depth: number; text: string }[] = [];
  visit(readMarkdown(source), 'heading', (node) => {
    headings.push({ depth: node.depth, text: textOf(node) });
  });
  return headings;
}

/** Every fenced code block's content, in order. */
export function markdownCodeBlocks(source: string): string[] {
  const blocks: string[] = [];
  visit(readMarkdown(source), 'code', (node) => {
    blocks.push(node.value);
  });
  return blocks;
}

/**
 * A site-link resolver: root-relative paths (`/basic/x/`) join the site origin and base path;
 * everything else (https links, `#anchors`) is left as written, except that `#anchors` get
 * `pageUrl` in front when one is given, so they still work once the text leaves the page.
 */
export function siteLinkResolver(siteBase: string, pageUrl?: string): (url: string) => string {
  const root = siteBase.endsWith('/') ? siteBase : `${siteBase}/`;
  return (url) => {
    if (url.startsWith('/') && !url.startsWith('//')) return root + url.slice(1);
    if (url.startsWith('#') && pageUrl) return pageUrl + url;
    return url;
  };
}
