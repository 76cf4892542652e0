/**
 * A fenced block with the meta word `output` (```` ```text output ````) shows what the example
 * before it prints. This Shiki transformer wraps it in a `<figure>` captioned "Output", so readers
 * (and screen readers) can tell the result from the code; the content tests compare the caption's
 * block with the example's real stdout (tests/unit/content-examples.test.ts).
 */
import type { ShikiTransformer } from '@shikijs/types';

export function codeOutputBlocks(): ShikiTransformer {
  return {
    name: 'roadmap:code-output',
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
