/**
 * Pagefind, loaded on first use, and the ranked search the UI shows: lessons first with places
 * kept for projects and exercises, metadata that says what a page is about weighted above body text, and typo
 * correction when the results are weak (src/lib/search-typo.ts).
 */
import {
  HIGHLIGHT_PARAM,
  levelFilter,
  type PagefindResultData,
  type SearchHit,
  type SearchQuery,
  toHit,
} from '../../lib/search';
import { META_WEIGHTS, mergeKinds, SEARCH_KIND_KEYS } from '../../lib/search-index';
import { prepareQuery } from '../../lib/search-query';
import type { SearchTermsFile } from '../../lib/search-terms';
import { confirmsTyped, correctQuery, weakResults } from '../../lib/search-typo';
import { withBase } from '../../lib/urls';

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Metadata weighted above body text (src/lib/search-index.ts). */
const RANKING = { metaWeights: META_WEIGHTS };

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; a failed load is forgotten so that the next search tries again. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module: Pagefind = await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'));
    // The index is small: searching on the main thread saves the 12 KiB worker and a request.
    // Result links carry the terms (`?highlight=jwt`): the page marks them (./highlight.ts).
    await module.options({ excerptLength: 22, noWorker: true, ranking: RANKING, highlightParam: HIGHLIGHT_PARAM });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

const NO_TERMS: SearchTermsFile = { vocabulary: [], aliases: {} };
let terms: Promise<SearchTermsFile> | undefined;
/** The typo vocabulary and alias map; without them (offline before caching) search still runs. */
function loadTerms(): Promise<SearchTermsFile> {
  terms ??= fetch(withBase('/search-terms.json')).then((r) =>
    r.ok ? (r.json() as Promise<SearchTermsFile>) : NO_TERMS,
  );
  terms.catch(() => {
    terms = undefined;
  });
  return terms.catch(() => NO_TERMS);
}

export interface Found {
  /** The query that was searched: the typed one, or its correction. */
  readonly q: string;
  /** Set when a typo was corrected: what the reader typed. */
  readonly typed: string | undefined;
  readonly total: number;
  /** Fetches the shaped hits `from` (inclusive) `to` (exclusive). */
  readonly hits: (from: number, to: number) => Promise<SearchHit[]>;
}

async function rank(
  engine: Pagefind,
  q: string,
  query: SearchQuery,
  pageSize: number,
): Promise<PagefindResult[] | null> {
  const kinds = query.kind ? [query.kind] : SEARCH_KIND_KEYS;
  const searches = await Promise.all(
    kinds.map(async (kind) => [kind, await engine.search(q, { filters: levelFilter(query.level, kind) })] as const),
  );
  if (searches.some(([, s]) => !s)) return null;
  const of = (kind: string) => searches.find(([k]) => k === kind)?.[1]?.results ?? [];
  return mergeKinds({ lesson: of('lesson'), project: of('project'), exercise: of('exercise') }, pageSize);
}

function found(q: string, typed: string | undefined, results: PagefindResult[]): Found {
  return {
    q,
    typed,
    total: results.length,
    hits: async (from, to) => (await Promise.all(results.slice(from, to).map((r) => r.data()))).map((d) => toHit(d)),
  };
}

/**
 * Searches for `query.q`. Returns null when a newer search made this one stale. Weak results
 * (nothing marked resembles a typed word) are replaced by those of the corrected query, or by
 * none when there is no correction: junk is not shown.
 */
export async function search(query: SearchQuery, pageSize: number): Promise<Found | null> {
  const [engine, words] = await Promise.all([loadPagefind(), loadTerms()]);
  const q = prepareQuery(query.q, words.aliases);
  const results = await rank(engine, q, query, pageSize);
  if (!results) return null;
  const first = found(query.q, undefined, results);
  const sample = await first.hits(0, 3);
  const excerpts = sample.flatMap((h) => [h.excerpt, ...h.sections.map((s) => s.excerpt)]);
  const about = sample.map((h) => h.about);
  const corrected = correctQuery(query.q, words.vocabulary);
  // Strong results stand, unless a word the vocabulary does not know matched only elsewhere.
  if (!weakResults(q, excerpts, about) && (!corrected || confirmsTyped(q, excerpts, about))) return first;
  if (!corrected) return found(query.q, undefined, []);
  const retry = await rank(engine, prepareQuery(corrected, words.aliases), query, pageSize);
  return retry ? found(corrected, query.q, retry) : null;
}
