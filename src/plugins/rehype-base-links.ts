/**
 * Authors write links to other pages of the site root-relative (`[Testing](/intermediate/testing/)`).
 * Astro does not prefix those with `base`, so this plugin does, making MDX links work under a
 * GitHub Pages sub-path. The built-site link check then proves each target exists.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

/** `base`: the site's base path as the build resolved it (src/integrations/markdown.ts). */
export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && /^\/(?!\/)/.test(href)) {
        node.properties['href'] = withBase(href, base);
      }
    });
  };
}
