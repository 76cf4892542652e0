/**
 * The search page: runs the query from the URL, shows every result (more on demand) and keeps
 * the URL in step as the reader types. `/` focuses this page's own box rather than opening the
 * header's search dialog over it.
 */

import { readSearchQuery, searchQueryString } from '../../lib/search';
import { isSearchShortcut, isTyping } from '../../lib/search-shortcut';
import { mountSearch } from './search-box';

/** Results shown at once; "Show more results" adds as many again. */
const PAGE_RESULTS = 20;

const form = document.querySelector<HTMLFormElement>('.search-page-form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const root = document.querySelector<HTMLElement>('.search-page-results');
if (form && input && root) {
  const search = mountSearch(root, input, {
    pageSize: PAGE_RESULTS,
    rest: 'more',
    initial: readSearchQuery(location.search),
    onQuery: (query) =>
      history.replaceState(history.state, '', `${location.pathname}${searchQueryString(query)}${location.hash}`),
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search.run();
  });
  // Capture phase: this runs before the header's shortcut handler and stops it.
  window.addEventListener(
    'keydown',
    (event) => {
      const typing = isTyping(event.target);
      if (
        event.key !== '/' ||
        !isSearchShortcut({
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          typing,
        })
      )
        return;
      event.preventDefault();
      event.stopPropagation();
      input.focus();
      input.select();
    },
    { capture: true },
  );
  search.run();
}
