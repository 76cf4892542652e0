/**
 * Pure helpers for search: the shareable `/search/?q=...&level=...` URL, the keyboard
 * shortcut rule, and shaping Pagefind results for display. The DOM code lives in
 * src/scripts/search/.
 */
import { isLevelKey, type LevelKey, levelLabels } from './levels';
import { FILTERS, isSearchKind, SEARCH_KINDS, type SearchKind } from './search-index';

export type { SearchKind } from './search-index';

/** The URL parameter that carries search terms to a result's page (`?highlight=jwt`). */
export const HIGHLIGHT_PARAM = 'highlight';

export interface SearchQuery {
  readonly q: string;
  readonly level: LevelKey | undefined;
  readonly kind?: SearchKind | undefined;
}

/** Reads the query and filters from a search page URL; unknown values are ignored. */
export function readSearchQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const level = params.get('level');
  const kind = params.get('kind');
  return {
    q: (params.get('q') ?? '').trim(),
    level: isLevelKey(level) ? level : undefined,
    kind: isSearchKind(kind) ? kind : undefined,
  };
}

/** The query string for a search, to keep the search page's URL shareable. */
export function searchQueryString({ q, level, kind }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q.trim() !== '') params.set('q', q.trim());
  if (level) params.set('level', level);
  if (kind) params.set('kind', kind);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Pagefind filters for a level and a kind (pages set `level:…` and `kind:…` filters). */
export function levelFilter(level: LevelKey | undefined, kind?: SearchKind): Record<string, string> {
  return {
    ...(level ? { [FILTERS.level]: levelLabels[level] } : {}),
    ...(kind ? { [FILTERS.kind]: SEARCH_KINDS[kind] } : {}),
  };
}

/** A section of a Pagefind result; its weighted locations score how well it matches. */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly weighted_locations?: readonly { readonly balanced_score: number }[];
}

/** A Pagefind result as its `data()` returns it, narrowed to what we show. */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

/** How well a section matches: the sum of its matched words' scores (a heading's words weigh more). */
const sectionScore = (s: PagefindSubResult): number =>
  (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

export interface SearchHit {
  readonly title: string;
  readonly url: string;
  /** Pagefind's excerpt, or '' when a section below already shows the same text. */
  readonly excerpt: string;
  readonly level: string | undefined;
  /** What the page says it is about (title and `about`/`terms`/`aka` metadata), for typo detection. */
  readonly about: string;
  /** Sections of the page that matched, each linking to its anchor. */
  readonly sections: readonly { readonly title: string; readonly url: string; readonly excerpt: string }[];
}

/**
 * Shapes a result for display: at most `maxSections` section hits, only those with an anchor,
 * the best-matching first (Pagefind lists them in page order); the page's excerpt is dropped
 * when a section repeats it, so no text is shown twice.
 */
export function toHit(data: PagefindResultData, maxSections = 3): SearchHit {
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#'))
    .map((s, i) => ({ s, i, score: sectionScore(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, maxSections)
    .map(({ s }) => ({ title: s.title, url: s.url, excerpt: s.excerpt }));
  const title = data.meta['title'] ?? data.url;
  return {
    title,
    url: data.url,
    excerpt: sections.some((s) => s.excerpt === data.excerpt) ? '' : data.excerpt,
    level: data.meta['level'],
    about: [title, data.meta['about'], data.meta['terms'], data.meta['aka']].filter(Boolean).join(' · '),
    sections,
  };
}

/** A query as shown in messages: at most `max` characters, an ellipsis marking the cut. */
export function shortQuery(q: string, max = 40): string {
  const text = q.trim().replace(/\s+/g, ' ');
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The count line: "3 results for “jwt”", or "Showing 8 of 17 results for “api”". */
export function countText(shown: number, total: number, q: string): string {
  const noun = total === 1 ? 'result' : 'results';
  const quoted = `“${shortQuery(q)}”`;
  return shown < total ? `Showing ${shown} of ${total} ${noun} for ${quoted}` : `${total} ${noun} for ${quoted}`;
}
