/**
 * Inline Markdown of frontmatter and data files (question prompts, choices, explanations):
 * `code`, **strong**, *emphasis* and [links](#anchor), rendered to escaped HTML at build time.
 * Anything else (block syntax, raw HTML) is shown as text, never interpreted.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { withBase } from './urls';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** Same-page anchors, site paths (given the base path) and https URLs; anything else is dropped. */
function safeHref(url: string, base?: string): string | undefined {
  if (url.startsWith('#') || /^https:\/\//.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//')) return withBase(url, base);
  return undefined;
}

function render(nodes: readonly (PhrasingContent | RootContent)[], base?: string): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.value);
        case 'inlineCode':
          return `<code>${escapeHtml(node.value)}</code>`;
        case 'strong':
          return `<strong>${render(node.children, base)}</strong>`;
        case 'emphasis':
          return `<em>${render(node.children, base)}</em>`;
        case 'break':
          return '<br>';
        case 'link': {
          const href = safeHref(node.url, base);
          const inner = render(node.children, base);
          return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
        }
        case 'paragraph':
          return render(node.children, base);
        default:
          return 'value' in node && typeof node.value === 'string' ? escapeHtml(node.value) : '';
      }
    })
    .join('');
}

export function inlineMarkdown(source: string, base?: string): string {
  return render(fromMarkdown(source).children, base);
}
