/**
 * The learner's workspace as data: a status per topic or project, notes, self-check tallies,
 * graded exercises (status and latest code), the page they were last on and their weekly hours. Pure functions over an immutable state, so
 * every rule is unit-tested without a browser.
 *
 * Items are keyed by a stable id: a topic's file name (`testing`) or `project:` and a project's
 * file name (`project:url-shortener`), never by title or position, so renaming or reordering
 * keeps progress. Ids the roadmap no longer has are kept (an item may come back) but not counted.
 */

export const CURRENT_VERSION = 5;

/** The statuses a learner can give a topic or project, in the order the controls show them. */
export const STATUSES = ['not-started', 'in-progress', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];
/** What is stored: "not started" is the absence of an entry. */
export type StoredStatus = Exclude<Status, 'not-started'>;

/** Labels used by every control and status text, so they read the same everywhere. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

/** Longest note kept, in characters (UTF-16 code units, as `maxlength` counts them). */
export const NOTE_MAX_LENGTH = 20_000;

/** The pace planner's range of weekly hours, whole hours: the same for the input, storage and files. */
export const HOURS_MIN = 1;
export const HOURS_MAX = 80;

/** No topic has more self-check questions than this; a stored tally beyond it is not real. */
export const QUIZ_MAX_QUESTIONS = 50;

export interface ItemEntry {
  readonly status: StoredStatus;
  /** When the status was set (ISO 8601). */
  readonly at: string;
}
export interface Note {
  readonly text: string;
  readonly at: string;
}
/**
 * The learner's last self-check result for a topic: `right` questions of the quiz's `total`.
 * Since version 4, `answers` keeps each question's last result by question id (`true`: right at
 * the first try); `right` is then the number of `true` answers. Version 3 tallies have none.
 */
export interface QuizTally {
  readonly right: number;
  readonly total: number;
  readonly at: string;
  readonly answers?: Readonly<Record<string, boolean>>;
}

/** Longest exercise code kept, in characters: far beyond any exercise's 5-40 lines. */
export const CODE_MAX_LENGTH = 50_000;

/** The statuses an exercise can have once the learner has pressed Check (or shown the solution). */
export const EXERCISE_STATUSES = ['attempted', 'solved'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/**
 * A graded exercise the learner has tried (since version 5): `solved` once every check passed
 * (it stays solved), the latest code they checked, and whether they have seen the solution.
 */
export interface ExerciseEntry {
  readonly status: ExerciseStatus;
  readonly code: string;
  readonly at: string;
  readonly solutionSeen?: boolean;
}

export interface ProgressState {
  readonly version: typeof CURRENT_VERSION;
  readonly items: Readonly<Record<string, ItemEntry>>;
  readonly notes: Readonly<Record<string, Note>>;
  readonly quiz: Readonly<Record<string, QuizTally>>;
  /** Graded exercises by exercise id. */
  readonly exercises: Readonly<Record<string, ExerciseEntry>>;
  /** The topic or project page the learner was last on. */
  readonly last?: { readonly id: string; readonly at: string };
  /** Hours per week for the pace planner. */
  readonly hoursPerWeek?: number;
}

export const emptyProgress = (): ProgressState => ({
  version: CURRENT_VERSION,
  items: {},
  notes: {},
  quiz: {},
  exercises: {},
});

/** A topic id, or `project:` followed by a project id. */
export const ITEM_ID = /^(?:project:)?[a-z0-9][a-z0-9-]{0,99}$/;
export const projectItemId = (slug: string): string => `project:${slug}`;

export const statusOf = (state: ProgressState, id: string): Status => state.items[id]?.status ?? 'not-started';

/** Gives an item a status, returning a new state (the same one when nothing changes). */
export function setStatus(state: ProgressState, id: string, status: Status, now: Date = new Date()): ProgressState {
  if (statusOf(state, id) === status) return state;
  const items = { ...state.items };
  if (status === 'not-started') delete items[id];
  else items[id] = { status, at: now.toISOString() };
  return { ...state, items };
}

export function setLast(state: ProgressState, id: string, now: Date = new Date()): ProgressState {
  if (state.last?.id === id) return state;
  return { ...state, last: { id, at: now.toISOString() } };
}

/** How many of the given items are done; ids the roadmap no longer lists are not counted. */
export function countStatus(state: ProgressState, ids: readonly string[], status: Status = 'done'): number {
  return ids.filter((id) => statusOf(state, id) === status).length;
}

/** Whether the learner has recorded anything at all (a status, a note, a self-check, an exercise, weekly hours or a last page). */
export const hasProgress = (state: ProgressState): boolean =>
  Object.keys(state.items).length > 0 ||
  Object.keys(state.notes).length > 0 ||
  Object.keys(state.quiz).length > 0 ||
  Object.keys(state.exercises).length > 0 ||
  state.hoursPerWeek !== undefined ||
  state.last !== undefined;

/** "4 of 6 correct" for a topic's saved self-check, or '' when there is none. */
export function quizSummary(state: ProgressState, topicId: string): string {
  const tally = state.quiz[topicId];
  if (!tally) return '';
  const answered = tally.answers ? Object.keys(tally.answers).length : tally.total;
  const of = answered < tally.total ? ` (${answered} of ${tally.total} answered)` : '';
  return `${tally.right} of ${tally.total} correct${of}`;
}
