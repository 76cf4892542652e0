/**
 * Callouts in lesson content, written with GitHub's alert syntax: a blockquote whose first line is
 * `[!TIP]`, `[!NOTE]`, `[!WARNING]` or `[!CAUTION]`, plus our own `[!MISTAKES]` ("Common
 * mistakes"). The blockquote becomes `<aside class="callout callout-<kind>" role="note">` named
 * by a visible title; the icon is CSS (src/styles/callouts.css), so the HTML stays small. The role
 * keeps a lesson's callouts out of the landmark list (a bare `<aside>` is a complementary
 * landmark). An unknown kind fails the build naming the file and line; a plain blockquote stays a
 * blockquote. Plain HTML: it reads without JavaScript and in print.
 */
import { relative } from 'node:path';
import type { Blockquote, Paragraph, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Every callout kind, as written after `[!` (upper case), with the title the reader sees. */
export const CALLOUT_TITLES = {
  TIP: 'Tip',
  NOTE: 'Note',
  WARNING: 'Warning',
  CAUTION: 'Caution',
  MISTAKES: 'Common mistakes',
} as const;

type CalloutKind = keyof typeof CALLOUT_TITLES;

const isKind = (name: string): name is CalloutKind => Object.hasOwn(CALLOUT_TITLES, name);

/** `[!KIND]` (any case, as on GitHub) at the very start of a blockquote; group 2 is the rest of its line. */
const MARKER = /^\[!([^\]\s]*)\]([^\n]*)(?:\n|$)/;

export function remarkCallouts() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      const text = first?.type === 'paragraph' ? first.children[0] : undefined;
      const match = text?.type === 'text' ? MARKER.exec(text.value) : null;
      if (first?.type !== 'paragraph' || text?.type !== 'text' || !match) return;
      const written = match[1] ?? '';
      const name = written.toUpperCase();
      const where = `${relative(file.cwd, file.path || 'markdown')}:${node.position?.start.line ?? '?'}`;
      if (!isKind(name)) {
        file.fail(
          `${where}: unknown callout kind "[!${written}]"; use one of ${Object.keys(CALLOUT_TITLES)
            .map((k) => `[!${k}]`)
            .join(', ')}`,
          node,
        );
      }
      if (match[2]?.trim()) file.fail(`${where}: put the callout marker "[!${written}]" on a line of its own`, node);
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      if (first.children.length === 0) node.children.shift();
      const title = CALLOUT_TITLES[name];
      node.children.unshift(titleParagraph(title));
      node.data = {
        hName: 'aside',
        hProperties: { className: ['callout', `callout-${name.toLowerCase()}`], role: 'note', ariaLabel: title },
      };
    });
  };
}

/**
 * The visible title. Search leaves it out (excerpts start with the callout's own words) through
 * the `.callout-title` exclude selector in src/integrations/pagefind.ts, which costs no bytes per
 * callout as a `data-pagefind-ignore` attribute would.
 */
function titleParagraph(title: string): Paragraph {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['callout-title'] } },
    children: [{ type: 'text', value: title }],
  };
}
