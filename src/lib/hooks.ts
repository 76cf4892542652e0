/**
 * The contract between the pages and the learner's workspace scripts: every `data-` attribute a
 * component writes and a script (or an e2e test) looks for, named once. Components spread
 * `hook(NAME, value)` into their markup, scripts query `sel(NAME)` and read `el.getAttribute(NAME)`,
 * and tests/e2e/fixtures.ts imports the same names, so renaming a hook is a compile error rather
 * than a control that silently never appears. Browser-safe: plain constants, nothing else.
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
/** Set by the script on an `ITEM`: its status (`not-started`, `in-progress`, `done`, `skipped`), for styles. */
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
/** A lesson's "Check yourself" section; value: the topic id. Its tally of last results. */
export const QUIZ = 'data-quiz';
export const QUIZ_TALLY = 'data-quiz-tally';

/** The name of a hook: one of the constants above. */
export type Hook =
  | typeof ITEM
  | typeof PAGE_ITEM
  | typeof TITLE
  | typeof STATUS_SLOT
  | typeof DONE_SLOT
  | typeof COMPACT
  | typeof STATUS
  | typeof STATUS_LABEL
  | typeof QUIZ_LABEL
  | typeof METER
  | typeof IDS
  | typeof LABEL
  | typeof NOUN
  | typeof WHEN_PROGRESS
  | typeof NOTES_SLOT
  | typeof NOTES_PRINT
  | typeof CONTINUE_SLOT
  | typeof PLANNER_SLOT
  | typeof TOOLS_SLOT
  | typeof QUIZ
  | typeof QUIZ_TALLY;

/** The selector of every element with the hook: `[data-notes-slot]`. */
export const sel = (name: Hook): string => `[${name}]`;

/** The attribute to spread into a component's markup: `{...hook(NOTES_SLOT, itemId)}`. */
export const hook = <N extends Hook>(name: N, value = ''): Record<N, string> =>
  ({ [name]: value }) as Record<N, string>;

/** The hook's value on an element, or '' when it has none. */
export const read = (el: Element, name: Hook): string => el.getAttribute(name) ?? '';
