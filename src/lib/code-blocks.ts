/**
 * Shiki transformers for the lessons' code blocks.
 *
 * - Code stays out of the search index: identifiers in code are taught in the prose around it,
 *   while code made incidental hits (`postgres` in a Compose file above the databases lesson)
 *   and unreadable excerpts. Inline code in prose is still indexed.
 * - A block with the meta word `output` (```` ```text output ````) shows what the example before
 *   it prints: it is wrapped in a `<figure>` captioned "Output", so readers (and screen readers)
 *   can tell the result from the code. The content tests compare it with the example's real
 *   stdout (tests/unit/content-examples.test.ts).
 */
import type { ShikiTransformer } from '@shikijs/types';

export function codeBlocks(): ShikiTransformer {
  return {
    name: 'roadmap:code-blocks',
    pre(pre) {
      pre.properties['dataPagefindIgnore'] = '';
    },
    root(root) {
      const raw = (this.options.meta as { __raw?: string } | undefined)?.__raw ?? '';
      const pre = root.children[0];
      if (!raw.split(/\s+/).includes('output') || pre?.type !== 'element') return;
      root.children = [
        {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['code-output'] },
          children: [
            { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: 'Output' }] },
            pre,
          ],
        },
      ];
    },
  };
}
