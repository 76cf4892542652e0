/**
 * Markdown to an HTML fragment that is also well-formed XHTML, for the book (the EPUB's chapters
 * and the /book/ print page). mdast-util-to-hast and hast-util-to-html do the work; this module
 * only sets heading ids (unique across the whole book), shifts heading levels so a lesson nests
 * under its level, and drops what an e-book cannot hold (raw HTML, obsolete table alignment).
 */
import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { readMarkdown } from '../markdown-body';

export interface BookHeading {
  readonly depth: number;
  readonly id: string;
  readonly title: string;
}

export interface Rendered {
  readonly html: string;
  /** Every heading, after the shift, with its id. */
  readonly headings: readonly BookHeading[];
}

export interface RenderOptions {
  /** Prefix of every id in the fragment; the first heading gets exactly this id. */
  readonly id: string;
  /** Added to every heading's depth (`## x` with shift 1 becomes `<h3>`). */
  readonly shift?: number;
  /** Maps every link target before rendering (how this book's documents reach each other). */
  readonly href?: (url: string) => string;
}

const HEADING = /^h([1-6])$/;
const DEPTHS = [1, 2, 3, 4, 5, 6] as const;
const headingDepth = (depth: number): (typeof DEPTHS)[number] => DEPTHS[Math.min(5, Math.max(0, depth - 1))] ?? 6;

/** Renders Markdown (GFM) to an XHTML-safe fragment and lists its headings. */
export function renderBookMarkdown(markdown: string, { id, shift = 0, href }: RenderOptions): Rendered {
  // The parsed tree is shared per text (the EPUB and /book/ render the same chapter texts, one
  // parse for both): change a copy.
  const mdast = structuredClone(readMarkdown(markdown));
  visit(mdast, (node) => {
    if (node.type === 'heading') node.depth = headingDepth(node.depth + shift);
    else if (href && (node.type === 'link' || node.type === 'definition')) node.url = href(node.url);
  });
  const hast = toHast(mdast, { clobberPrefix: `${id}--fn-` });
  const slugger = new GithubSlugger();
  const headings: BookHeading[] = [];
  visit(hast, 'element', (node: Element) => {
    delete node.properties['align'];
    const depth = HEADING.exec(node.tagName)?.[1];
    if (!depth) return;
    const title = textOf(node).trim();
    const headingId = headings.length === 0 ? id : `${id}--${slugger.slug(title)}`;
    node.properties['id'] = headingId;
    headings.push({ depth: Number(depth), id: headingId, title });
  });
  return { html: toHtml(hast, { closeSelfClosing: true }), headings };
}
