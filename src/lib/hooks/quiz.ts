/**
 * Hooks of a lesson's "Check yourself", read by src/scripts/practice/quiz.ts (the contract:
 * src/lib/hooks/index.ts); the section's root is `QUIZ` in workspace.ts.
 */

/** Filled with the tally of the learner's last results. */
export const QUIZ_TALLY = 'data-quiz-tally';
/** Set by the script on an answer's feedback: `right` or `wrong`, for styles. */
export const QUIZ_RESULT = 'data-quiz-result';
/** The introduction the script replaces with how the interactive questions work. */
export const QUIZ_INTRO = 'data-quiz-intro';
/** A question's `<details>`: its id (the key of its saved result). */
export const QUESTION = 'data-question';
/** A question's kind: `choice` questions become a form; `open` ones stay as they are. */
export const QUESTION_KIND = 'data-kind';
/** The right option of a multiple-choice question (present or absent). */
export const CORRECT_CHOICE = 'data-correct';
