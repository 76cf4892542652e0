/**
 * Pure helpers for search: the shareable `/search/?q=...&level=...` URL, the keyboard
 * shortcut rule, and shaping Pagefind results for display. The DOM code lives in
 * src/scripts/search-*.ts.
 */
import { isLevelKey, type LevelKey, levelLabels } from './levels';

export interface SearchQuery {
  readonly q: string;
  readonly level: LevelKey | undefined;
}

/** Reads the query and level filter from a search page URL; unknown levels are ignored. */
export function readSearchQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const level = params.get('level');
  return { q: (params.get('q') ?? '').trim(), level: isLevelKey(level) ? level : undefined };
}

/** The query string for a search, to keep the search page's URL shareable. */
export function searchQueryString({ q, level }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q.trim() !== '') params.set('q', q.trim());
  if (level) params.set('level', level);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Pagefind filter for a level (the topic pages set `data-pagefind-filter="level:<Label>"`). */
export function levelFilter(level: LevelKey | undefined): Record<string, string> {
  return level ? { level: levelLabels[level] } : {};
}

/** The parts of a key event the shortcut rule needs. */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Whether focus is in something the user types into. */
  readonly typing: boolean;
}

/** `/` opens search unless the user is typing; Ctrl+K and ⌘+K open it from anywhere. */
export function isSearchShortcut(event: KeyLike): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.typing;
}

/** A Pagefind result as its `data()` returns it, narrowed to what we show. */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly { readonly title: string; readonly url: string; readonly excerpt: string }[];
}

export interface SearchHit {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly level: string | undefined;
  /** Sections of the page that matched, each linking to its anchor. */
  readonly sections: readonly { readonly title: string; readonly url: string; readonly excerpt: string }[];
}

/** Shapes a result for display: at most `maxSections` section hits, only those with an anchor. */
export function toHit(data: PagefindResultData, maxSections = 3): SearchHit {
  return {
    title: data.meta['title'] ?? data.url,
    url: data.url,
    excerpt: data.excerpt,
    level: data.meta['level'],
    sections: (data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, maxSections),
  };
}
