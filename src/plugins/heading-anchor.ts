/**
 * Options for rehype-autolink-headings: a "link to this section" anchor placed after each heading
 * (not inside it, so the heading's accessible name stays its text), wrapped with the heading in a
 * `.heading` group for layout. The anchor has a visible icon and a screen-reader label naming the
 * section; search ignores it. Client script upgrades it to also copy the URL.
 */

import type { Element, ElementContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';
import { COPY_LINK } from '../lib/hooks/copy';

const linkIcon: Element = {
  type: 'element',
  tagName: 'svg',
  properties: {
    ariaHidden: 'true',
    focusable: 'false',
    width: '16',
    height: '16',
    viewBox: '0 0 24 24',
    className: ['icon'],
  },
  children: [
    {
      type: 'element',
      tagName: 'path',
      properties: {
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '2',
        strokeLinecap: 'round',
        d: 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
      },
      children: [],
    },
  ],
};

export const headingAnchor: Options = {
  behavior: 'after',
  test: ['h2', 'h3'],
  // The name is an aria-label, not hidden text: text browsers and reader modes show no
  // "Link to section" after every heading.
  properties: (node: Readonly<Element>) => ({
    className: ['anchor'],
    dataPagefindIgnore: '',
    [COPY_LINK]: '',
    ariaLabel: `Link to section: ${hastToString(node)}`,
  }),
  group: (node: Element): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading', `heading-${node.tagName}`] },
    children: [],
  }),
  content: (): ElementContent[] => [linkIcon],
};
