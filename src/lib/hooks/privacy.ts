/**
 * Hooks of the privacy page's live parts, read by src/scripts/privacy/data-list.ts (the contract:
 * src/lib/hooks/index.ts); the page's root is `PRIVACY` in workspace.ts.
 */

/** The list of this copy's keys, hidden until filled; it carries `THEME_KEYS`. */
export const DATA_LIST = 'data-data-list';
/** The theme's keys, this copy's and the first release's shared one, space-separated. */
export const THEME_KEYS = 'data-theme-keys';
/** Filled with the keys and caches, and a one-line summary. */
export const DATA_LIST_KEYS = 'data-data-list-keys';
export const DATA_LIST_SUMMARY = 'data-data-list-summary';
/** "Delete all my data": its group, the first button, the confirmation and its three buttons, the outcome. */
export const DELETE_ALL = 'data-delete-all';
export const DELETE_START = 'data-delete-start';
export const DELETE_CONFIRM = 'data-delete-confirm';
export const DELETE_EXPORT = 'data-delete-export';
export const DELETE_CONFIRM_BUTTON = 'data-delete-confirm-button';
export const DELETE_CANCEL = 'data-delete-cancel';
export const DELETE_STATUS = 'data-delete-status';
