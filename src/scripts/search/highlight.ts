/**
 * A search result opens its page with the terms in the URL (`?highlight=jwt`, Pagefind's
 * `highlightParam`). This marks them in the lesson with Pagefind's own highlighter (mark.js
 * inside), skipping what search ignores, and brings the first match into view unless the link
 * points at a section. Loaded only when the parameter is present.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search';

// The base path straight from Vite: importing the shared URL helpers here would split them out of
// the start-up chunks into an extra file every page loads.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markContext: string;
  markOptions: { className: string; exclude: string[] };
}
type PagefindHighlight = new (options: HighlightOptions) => unknown;

export async function highlight(): Promise<void> {
  const module: { default: PagefindHighlight } = await import(
    /* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`
  );
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    // Our stylesheet colours the marks (both themes, forced colours); no inline styles (CSP).
    addStyles: false,
    markContext: '[data-pagefind-body]',
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  if (location.hash === '') document.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
}
