/**
 * Hooks of the lists of exercises (a topic's "Exercises", /exercises/), read by
 * src/scripts/exercises/statuses.ts (the contract: src/lib/hooks/index.ts); the list's root is
 * `EXERCISE_LIST` in workspace.ts.
 */

/** One exercise of a list; value: its id. The script sets its status in `STATUS`. */
export const EXERCISE_ID = 'data-exercise-id';
/** Filled with "2 of 5 solved"; with `IDS`, the exercises it counts. */
export const EXERCISE_COUNTS = 'data-exercise-counts';
/** Inside an `EXERCISE_ID`: filled with its status in words. */
export const EXERCISE_STATUS_TEXT = 'data-exercise-status-text';
/** Slot of the filter by status (/exercises/). */
export const EXERCISE_FILTER = 'data-exercise-filter';
/** A topic's group of exercises, hidden when the filter hides all of them. */
export const EXERCISE_GROUP = 'data-exercise-group';
