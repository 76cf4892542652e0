/**
 * Hooks of an exercise page (the contract: src/lib/hooks/index.ts), read by
 * src/scripts/exercises/exercise.ts; the page's root is `EXERCISE` in workspace.ts (the Check's
 * own: exercise-check.ts).
 */

/** The address of the exercise's hidden checks (a JSON file). */
export const CHECKS = 'data-checks';
/** The starter code, which the editor replaces. */
export const EXERCISE_CODE = 'data-exercise-code';
/** The reference solution, offered after a first Check. */
export const EXERCISE_SOLUTION = 'data-exercise-solution';
/** Filled with the learner's status in words ("Your status: Solved."); its status in `STATUS`. */
export const EXERCISE_STATE = 'data-exercise-state';
/** A hint; value: its place (0, 1...). Each appears once the one before it was opened. */
export const HINT = 'data-hint';
