/**
 * An exercise's prompt (Markdown) as HTML, at build time: GFM, code as plain `<pre><code>`, raw
 * HTML in the source left out (never interpreted); site links get the base path.
 */
import { toHtml } from 'hast-util-to-html';
import type { Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { withBase } from '../urls';

export function promptHtml(markdown: string, base?: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  visit(tree, 'link', (node: Link) => {
    if (node.url.startsWith('/') && !node.url.startsWith('//')) node.url = withBase(node.url, base);
  });
  return toHtml(toHast(tree));
}
