/**
 * A live search box: level and kind filters after the box, a status line (loading, counts,
 * corrections, failures) and the results list. Results appear on every keystroke, without a
 * debounce; stale answers are dropped. Arrow keys move between the box and the result links.
 */
import { QUERY } from '../../lib/hooks/search';
import { levelKeys, levelLabels } from '../../lib/levels';
import { countText, type SearchQuery, searchQueryString, shortQuery } from '../../lib/search';
import { isSearchKind } from '../../lib/search-index';
import { searchPath } from '../../lib/urls';
import searchCss from '../../styles/search.css?url';
import { type Found, search } from './search-engine';
import { el, renderHit, suggestion } from './search-render';

/** The search styles load with this module, not with every page: inject them once. */
function loadStyles(): void {
  if (document.querySelector(`link[href="${searchCss}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchCss }));
}
loadStyles();

export interface SearchOptions {
  /** Results shown at once: the dialog shows one page and links to the search page for the rest. */
  pageSize: number;
  /** `more`: a "Show more results" button (search page); `link`: a link to the search page. */
  rest: 'more' | 'link';
  /** Called after each search with the query, e.g. to keep the page URL in step. */
  onQuery?: (query: SearchQuery) => void;
  /** Called when results for the current query are on screen. */
  onResults?: (list: HTMLOListElement) => void;
  initial?: SearchQuery;
}

function select(label: string, options: readonly [string, string][]): HTMLSelectElement {
  const node = el('select', { className: 'field' }, ...options.map(([value, text]) => el('option', { value }, text)));
  node.setAttribute('aria-label', label);
  return node;
}

/** Wires a search box; returns `run()` to search for the current value. */
export function mountSearch(root: HTMLElement, input: HTMLInputElement, options: SearchOptions): { run: () => void } {
  const level = select('Filter by level', [
    ['', 'All levels'],
    ...levelKeys.map((k): [string, string] => [k, levelLabels[k]]),
  ]);
  const kind = select('Filter by kind', [
    // Short, so that both filters fit one row at 320 px; the select is named "Filter by kind".
    ['', 'All kinds'],
    ['lesson', 'Lessons'],
    ['project', 'Projects'],
    ['exercise', 'Exercises'],
  ]);
  const status = el('div', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = el('ol', { className: 'search-results' });
  results.setAttribute('aria-label', 'Search results');
  const rest = el('div', { className: 'search-rest' });
  root.append(el('div', { className: 'search-filters' }, level, kind), status, results, rest);
  if (options.initial) {
    input.value = options.initial.q;
    level.value = options.initial.level ?? '';
    kind.value = options.initial.kind ?? '';
  }

  let sequence = 0;
  let loaded = false;
  const show = async (current: number, found: Found, query: SearchQuery, from: number): Promise<void> => {
    const to = from + options.pageSize;
    const hits = await found.hits(from, to);
    if (current !== sequence) return;
    // Results can arrive while the reader is already arrowing through earlier ones: keep focus
    // on the same result if it is still there, rather than lose it with the old list.
    const focused = results.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
    const items = hits.map(renderHit);
    if (from === 0) results.replaceChildren(...items);
    else results.append(...items);
    // Which query these results answer (the typed one, even when a correction was searched).
    results.setAttribute(QUERY, query.q);
    if (focused) [...results.querySelectorAll('a')].find((a) => a.getAttribute('href') === focused)?.focus();
    const shown = Math.min(to, found.total);
    const corrected = found.typed ? `No results for “${shortQuery(found.typed)}”. ` : '';
    status.replaceChildren(
      found.total > 0
        ? `${corrected}${countText(shown, found.total, found.q)}`
        : suggestion(`No results for “${shortQuery(query.q)}”. Try a shorter or different word, or browse a level:`),
    );
    rest.replaceChildren();
    if (shown < found.total && options.rest === 'link') {
      const href = `${searchPath()}${searchQueryString(query)}`;
      rest.append(el('a', { href, className: 'search-all' }, `See all ${found.total} results`));
    } else if (shown < found.total) {
      const more = el('button', { type: 'button', className: 'button' }, 'Show more results');
      more.addEventListener('click', () => {
        void show(current, found, query, shown).then(() =>
          results.querySelectorAll<HTMLElement>(':scope > .hit > a')[shown]?.focus(),
        );
      });
      rest.append(more);
    }
    options.onResults?.(results);
  };

  const run = async (): Promise<void> => {
    const current = ++sequence;
    const query: SearchQuery = {
      q: input.value.trim(),
      level: levelKeys.find((k) => k === level.value),
      kind: isSearchKind(kind.value) ? kind.value : undefined,
    };
    options.onQuery?.(query);
    if (query.q === '') {
      results.replaceChildren();
      results.removeAttribute(QUERY);
      rest.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!loaded) status.textContent = 'Loading search…';
    try {
      const found = await search(query, options.pageSize);
      loaded = true;
      if (found && current === sequence) await show(current, found, query, 0);
    } catch {
      if (current !== sequence) return;
      results.replaceChildren();
      rest.replaceChildren();
      status.replaceChildren(
        suggestion('Search could not load its index: you may be offline. Try again later, or browse a level:'),
      );
    }
  };

  input.addEventListener('input', () => void run());
  level.addEventListener('change', () => void run());
  kind.addEventListener('change', () => void run());
  const arrows = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll('a')];
    if (links.length === 0) return;
    const active = document.activeElement;
    const at = active instanceof HTMLAnchorElement ? links.indexOf(active) : -1;
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[next]?.focus();
  };
  input.addEventListener('keydown', arrows);
  results.addEventListener('keydown', arrows);
  return { run: () => void run() };
}
