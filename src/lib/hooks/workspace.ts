/**
 * The workspace's hooks (the contract: src/lib/hooks/index.ts): the names its start-up script
 * (src/scripts/workspace/main.ts and status.ts) reads on every page with a workspace, including
 * the root of each part it loads when that part comes near. A name that only a lazy part reads
 * belongs in that part's own module of this folder, so that it is not in every page's start-up code.
 *
 * Controls that need JavaScript do not exist in the HTML: the page holds an empty slot with its
 * hook, and the script creates the control in it (src/scripts/boot.ts lists when each loads).
 */

/** An element that shows a progress item's status; value: the item id (topic id or `project:<id>`). */
export const ITEM = 'data-item';
/** The page's own item, recorded as "where was I"; value: the item id. */
export const PAGE_ITEM = 'data-page-item';
/** A title that goes with a slot (the label of the control created there). */
export const TITLE = 'data-title';
/** Slot of a topic or project page's "Status" group; value: the item id. */
export const STATUS_SLOT = 'data-status-slot';
/** Slot of the one-click "done" toggle on home and level pages; value: the item id. */
export const DONE_SLOT = 'data-done-slot';
/** Present on a done slot whose label is read by screen readers only. */
export const COMPACT = 'data-compact';
/** Set by a script on an `ITEM` (and an exercise's): its status (`not-started`, `in-progress`, `done`, `skipped`), for styles. */
export const STATUS = 'data-status';
/** Inside an `ITEM`: filled with the item's status in words. */
export const STATUS_LABEL = 'data-status-label';
/** Inside an `ITEM`: filled with the item's self-check result ("4 of 6 correct"). */
export const QUIZ_LABEL = 'data-quiz-label';
/** A progress meter; with `IDS` (space-separated items), `LABEL` and `NOUN`. */
export const METER = 'data-meter';
export const IDS = 'data-ids';
export const LABEL = 'data-label';
export const NOUN = 'data-noun';
/** Shown only when there is progress (`some`) or none (`none`). */
export const WHEN_PROGRESS = 'data-when-progress';
/** Slot of "My notes" for an item, and its print copy; value: the item id. */
export const NOTES_SLOT = 'data-notes-slot';
export const NOTES_PRINT = 'data-notes-print';
/** Slot of "Continue where you left off" (home). */
export const CONTINUE_SLOT = 'data-continue-slot';
/** Slot of the pace planner (home). */
export const PLANNER_SLOT = 'data-planner-slot';
/** Slot of Export, Import and Print (home). */
export const TOOLS_SLOT = 'data-tools-slot';
/** A lesson's "Check yourself" section; value: the topic id (the quiz's own names: quiz.ts). */
export const QUIZ = 'data-quiz';
/** An exercise page's Edit and Check; value: the exercise id (the rest: exercise.ts). */
export const EXERCISE = 'data-exercise';
/** A list of exercises whose statuses and counts are shown once one is tried (exercise-list.ts). */
export const EXERCISE_LIST = 'data-exercise-list';
/** The privacy page's live key list and "Delete all my data" (privacy.ts). */
export const PRIVACY = 'data-privacy';
/** A lesson's topic sidebar, whose Hide/Show topics a lazy part creates. */
export const TOPIC_NAV = 'data-topic-nav';
/** Slot of the share card (home). */
export const SHARE_SLOT = 'data-share-slot';
