/**
 * Hooks of the search box, src/scripts/search/ (the contract: src/lib/hooks/index.ts).
 */

/** Set by the script on a results list: the query these results answer (as typed). */
export const QUERY = 'data-q';
