/**
 * Hooks of the data-safety note beside the progress tools, src/scripts/data/slot.ts (the
 * contract: src/lib/hooks/index.ts).
 */

/** Set by the script on the note's first line: `kept` or `may-clear` (what the browser does with the data). */
export const PERSIST_STATE = 'data-persist-state';
