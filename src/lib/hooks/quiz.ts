/**
 * Hooks of a lesson's "Check yourself", read by src/scripts/practice/quiz.ts (the contract:
 * src/lib/hooks/index.ts); the section's root is `QUIZ` in workspace.ts.
 */

/** Filled with the tally of the learner's last results. */
export const QUIZ_TALLY = 'data-quiz-tally';
/** Set by the script on an answer's feedback: `right` or `wrong`, for styles. */
export const QUIZ_RESULT = 'data-quiz-result';
