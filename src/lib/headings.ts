/**
 * The `##`/`###` headings of a Markdown/MDX source and the ids rehype-slug will give them
 * (GitHub's slug algorithm over the heading's text). Reading them from the source lets the
 * build check every topic without rendering every MDX body up front.
 */
import GithubSlugger from 'github-slugger';
import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { HeadingInput } from './roadmap';

export function sourceHeadings(source: string): HeadingInput[] {
  const slugger = new GithubSlugger();
  return fromMarkdown(source)
    .children.filter((node): node is Heading => node.type === 'heading')
    .map((node) => {
      const text = mdastToString(node);
      return { depth: node.depth, slug: slugger.slug(text), text };
    });
}
