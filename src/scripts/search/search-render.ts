/**
 * Markup for search results. Each result link is named by its title and level; its excerpt sits
 * beside the link as its description (`aria-describedby`), so a screen reader announces a short
 * name first. Pagefind excerpts are our own page text, HTML-escaped by Pagefind, with `<mark>`
 * around matches.
 */
import { levelKeys, levelLabels } from '../../lib/levels';
import type { SearchHit } from '../../lib/search';
import { levelPath } from '../../lib/urls';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let ids = 0;

/** A link with its excerpt as description, in a card the whole of which follows the link. */
function entry(url: string, title: string, excerptHtml: string, level?: string): HTMLLIElement {
  const link = el('a', { href: url, className: 'hit-link' }, el('span', { className: 'hit-title' }, title));
  if (level) link.append(' ', el('span', { className: 'hit-level' }, level));
  const item = el('li', { className: 'hit' }, link);
  if (excerptHtml !== '') {
    const excerpt = el('p', { className: 'hit-excerpt', id: `search-hit-${++ids}` });
    excerpt.innerHTML = excerptHtml;
    link.setAttribute('aria-describedby', excerpt.id);
    item.append(excerpt);
  }
  return item;
}

export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = entry(hit.url, hit.title, hit.excerpt, hit.level);
  if (hit.sections.length > 0) {
    item.append(el('ul', { className: 'hit-sections' }, ...hit.sections.map((s) => entry(s.url, s.title, s.excerpt))));
  }
  return item;
}

/** A message with the three level pages, for when search has nothing to show. */
export function suggestion(text: string): HTMLElement {
  const list = el(
    'ul',
    { className: 'search-suggest' },
    ...levelKeys.map((key) => el('li', {}, el('a', { href: levelPath(key) }, `${levelLabels[key]} level`))),
  );
  return el('div', { className: 'search-empty' }, el('p', {}, text), list);
}
