/** The search page: runs the query from the URL and keeps the URL in step as the reader types. */
import { readSearchQuery, searchQueryString } from '../lib/search';
import { mountSearch } from './search-ui';

const form = document.querySelector<HTMLFormElement>('.search-page-form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const root = document.querySelector<HTMLElement>('.search-page-results');
if (form && input && root) {
  const search = mountSearch(root, input, {
    initial: readSearchQuery(location.search),
    onQuery: (query) =>
      history.replaceState(history.state, '', `${location.pathname}${searchQueryString(query)}${location.hash}`),
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search.run();
  });
  search.run();
}
