/**
 * The search UI, loaded only when a reader shows intent to search (see search-trigger.ts) or
 * opens the search page. Built on Pagefind's own JS API (pagefind.js + its WebAssembly), which
 * is much lighter than Pagefind's ready-made UIs. Results appear on every keystroke, without a
 * debounce; stale answers are dropped. Arrow keys move between result links, Enter opens one.
 */

import { levelKeys, levelLabels } from '../lib/levels';
import { levelFilter, type PagefindResultData, type SearchHit, type SearchQuery, toHit } from '../lib/search';
import { levelPath, withBase } from '../lib/urls';
import searchCss from '../styles/search.css?url';

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
/** Results kept for projects when lessons alone would fill the list. */
const PROJECT_SLOTS = 2;

/** The search styles load with this module, not with every page: inject them once. */
function loadStyles(): void {
  if (document.querySelector('link[data-search-css]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchCss });
  link.dataset['searchCss'] = '';
  document.head.append(link);
}
loadStyles();
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = withBase('/pagefind/pagefind.js');
    const module: Pagefind = await import(/* @vite-ignore */ url);
    // The index is small: searching on the main thread saves the 12 KiB worker and a request.
    await module.options({ excerptLength: 22, noWorker: true });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are our own page text, HTML-escaped by Pagefind, with <mark> around matches. */
function excerpt(html: string): HTMLSpanElement {
  const span = el('span', { className: 'hit-excerpt' });
  span.innerHTML = html;
  return span;
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const link = el('a', { href: hit.url, className: 'hit-link' }, el('span', { className: 'hit-title' }, hit.title));
  if (hit.level) link.append(el('span', { className: 'hit-level' }, hit.level));
  link.append(excerpt(hit.excerpt));
  const item = el('li', { className: 'hit' }, link);
  if (hit.sections.length > 0) {
    item.append(
      el(
        'ul',
        { className: 'hit-sections' },
        ...hit.sections.map((s) =>
          el('li', {}, el('a', { href: s.url }, el('span', { className: 'hit-title' }, s.title), excerpt(s.excerpt))),
        ),
      ),
    );
  }
  return item;
}

function suggestion(text: string): HTMLElement {
  const list = el(
    'ul',
    { className: 'search-suggest' },
    ...levelKeys.map((key) => el('li', {}, el('a', { href: levelPath(key) }, `${levelLabels[key]} level`))),
  );
  return el('div', { className: 'search-empty' }, el('p', {}, text), list);
}

export interface SearchOptions {
  /** Called after each search with the query, e.g. to keep the page URL in step. */
  onQuery?: (query: SearchQuery) => void;
  initial?: SearchQuery;
}

/**
 * Wires a search box: adds a level filter after `input`'s form row and a live results list in
 * `root`. Returns `run()` to search for the current value.
 */
export function mountSearch(
  root: HTMLElement,
  input: HTMLInputElement,
  options: SearchOptions = {},
): { run: () => void } {
  const level = el('select', { className: 'field' });
  level.append(
    el('option', { value: '' }, 'All levels'),
    ...levelKeys.map((key) => el('option', { value: key }, levelLabels[key])),
  );
  level.setAttribute('aria-label', 'Filter by level');
  const kind = el('select', { className: 'field' });
  kind.append(
    el('option', { value: '' }, 'Lessons and projects'),
    el('option', { value: 'lesson' }, 'Lessons'),
    el('option', { value: 'project' }, 'Projects'),
  );
  kind.setAttribute('aria-label', 'Filter by kind');
  const status = el('div', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = el('ol', { className: 'search-results' });
  results.setAttribute('aria-label', 'Search results');
  root.append(el('div', { className: 'search-filters' }, level, kind), status, results);
  if (options.initial) {
    input.value = options.initial.q;
    level.value = options.initial.level ?? '';
    kind.value = options.initial.kind ?? '';
  }

  let sequence = 0;
  const run = async (): Promise<void> => {
    const current = ++sequence;
    const q = input.value.trim();
    const query: SearchQuery = {
      q,
      level: levelKeys.find((k) => k === level.value),
      kind: kind.value === 'lesson' || kind.value === 'project' ? kind.value : undefined,
    };
    options.onQuery?.(query);
    if (q === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const engine = await loadPagefind();
      // Lessons teach a term, projects practise it: unless one kind is chosen, lessons (and the
      // comparison) come first, with room kept for the best projects.
      const kinds = query.kind ? [query.kind] : (['lesson', 'project'] as const);
      const searches = await Promise.all(
        kinds.map((kind) => engine.search(q, { filters: levelFilter(query.level, kind) })),
      );
      if (current !== sequence || searches.some((s) => !s)) return;
      const [first = [], second = []] = searches.map((s) => s?.results ?? []);
      const projectSlots = Math.min(second.length, PROJECT_SLOTS);
      const found = {
        results: [...first.slice(0, MAX_RESULTS - projectSlots), ...second, ...first.slice(MAX_RESULTS - projectSlots)],
      };
      const hits = (await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()))).map((d) => toHit(d));
      if (current !== sequence) return;
      // Results can arrive while the reader is already arrowing through earlier ones: keep focus
      // on the same result if it is still there, rather than lose it with the old list.
      const focused = results.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
      results.replaceChildren(...hits.map(renderHit));
      if (focused) [...results.querySelectorAll('a')].find((a) => a.getAttribute('href') === focused)?.focus();
      status.replaceChildren(
        hits.length > 0
          ? `${found.results.length} ${found.results.length === 1 ? 'result' : 'results'} for “${q}”`
          : suggestion(`No results for “${q}”. Try a shorter or different word, or browse a level:`),
      );
    } catch {
      if (current !== sequence) return;
      results.replaceChildren();
      status.replaceChildren(
        suggestion('Search is unavailable: its index could not be loaded. Browse the roadmap by level instead:'),
      );
    }
  };

  input.addEventListener('input', () => void run());
  level.addEventListener('change', () => void run());
  kind.addEventListener('change', () => void run());
  // Arrow keys move between the box and the result links (not inside the level filter).
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

/**
 * Brings the header search dialog to life: the trigger has already opened it and focused its
 * box (keystrokes typed meanwhile are kept); this adds the filter and results and searches for
 * whatever is typed so far. Safe to call on every open.
 */
export function mountDialog(dialog: HTMLDialogElement): void {
  const root = dialog.querySelector<HTMLElement>('.search-root');
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!root || !input) return;
  let search = mounted.get(dialog);
  if (!search) {
    search = mountSearch(root, input);
    mounted.set(dialog, search);
    // Following a result closes the dialog (the target may be a section of this very page).
    root.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('.search-results a')) dialog.close('navigate');
    });
    // Enter in the box opens the first result.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      const first = root.querySelector<HTMLAnchorElement>('.search-results a');
      if (!first) return;
      event.preventDefault();
      first.click();
    });
  }
  search.run();
}

const mounted = new WeakMap<HTMLDialogElement, { run: () => void }>();

/** Starts loading the index early, e.g. when the pointer reaches the Search button. */
export function warmUp(): void {
  void loadPagefind().catch(() => undefined);
}
