/**
 * Marks the sections a lesson adds beyond the seed's subtopics (frontmatter `furtherSections`):
 * the `##` heading gets the class `further` and is followed by a short note saying so, so that a
 * reader can tell the roadmap's own spine from what the lesson adds. Plain HTML: it reads without
 * JavaScript and in print. The note stays out of the search index (the heading itself is indexed).
 */
import type { Element, ElementContent, Root } from 'hast';
import { sectionId } from '../lib/sections';

interface AstroFileData {
  astro?: { frontmatter?: { furtherSections?: unknown } };
}

export const FURTHER_NOTE = 'Further section: beyond the roadmap’s list of subtopics';

export function rehypeFurtherSections() {
  return (tree: Root, file: { data: AstroFileData }): void => {
    const declared = file.data.astro?.frontmatter?.furtherSections;
    if (!Array.isArray(declared) || declared.length === 0) return;
    const ids = new Set(declared.filter((t): t is string => typeof t === 'string').map(sectionId));
    const children: typeof tree.children = [];
    for (const node of tree.children) {
      children.push(node);
      if (node.type === 'element' && node.tagName === 'h2' && ids.has(String(node.properties['id']))) {
        const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
        node.properties['className'] = [...classes, 'further'];
        children.push(note());
      }
    }
    tree.children = children;
  };
}

function note(): Element {
  const text: ElementContent = { type: 'text', value: FURTHER_NOTE };
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['further-note'], dataPagefindIgnore: '' },
    children: [text],
  };
}
