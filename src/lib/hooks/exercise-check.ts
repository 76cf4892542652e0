/**
 * Hooks of an exercise's Check, src/scripts/exercises/session.ts (the contract:
 * src/lib/hooks/index.ts). Apart from exercise.ts's names because session.ts is its own chunk: a
 * module both chunks imported would make the exercise chunk export it.
 */

/** Set by the script on the Check's live region: `busy`, `error`, `solved` or `failing`, for styles. */
export const RESULT = 'data-result';
