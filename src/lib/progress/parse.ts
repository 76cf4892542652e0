/**
 * Reading progress in the current format, version 5:
 * `{ version: 5, items: { id: { status, at } }, notes, quiz: { id: { right, total, at, answers? } },
 * exercises: { id: { status, code, at, solutionSeen? } }, last?, hoursPerWeek? }`. Version 4 is the
 * same without `exercises` (read by `fromV4`), version 3 also without `answers` (`fromV3`).
 * Entries that cannot be read are left out one by one, each named (`items.testing.at`), so one
 * bad entry never discards the good ones and the learner can be told which field was wrong.
 * Older versions are read by migrate.ts, which pages load only when they meet older data.
 */
import {
  CODE_MAX_LENGTH,
  CURRENT_VERSION,
  EXERCISE_STATUSES,
  type ExerciseEntry,
  HOURS_MAX,
  HOURS_MIN,
  ITEM_ID,
  type ItemEntry,
  NOTE_MAX_LENGTH,
  type Note,
  type ProgressState,
  QUIZ_MAX_QUESTIONS,
  type QuizTally,
  STATUSES,
  type StoredStatus,
} from './model';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An ISO 8601 date-time as `Date#toISOString` writes it (with a zone), not any string `Date.parse` accepts. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
const isStoredStatus = (value: unknown): value is StoredStatus =>
  value !== 'not-started' && STATUSES.some((s) => s === value);
const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && Number(value) >= 0 && Number(value) <= QUIZ_MAX_QUESTIONS;
/** Weekly hours within the planner's own range (1-80, whole hours). */
export const isHours = (value: unknown): value is number =>
  Number.isInteger(value) && Number(value) >= HOURS_MIN && Number(value) <= HOURS_MAX;

/** What could be read, and the path of every field that could not (`notes.testing.at`). */
export interface Read<T> {
  readonly kept: T;
  readonly problems: readonly string[];
}

/**
 * Keeps the entries of a record that `read` accepts; names the rest. `read` returns the entry,
 * or the name of its first bad field.
 */
export function entries<T>(
  value: unknown,
  path: string,
  read: (entry: unknown) => T | string,
): Read<Record<string, T>> {
  const kept: Record<string, T> = {};
  const problems: string[] = [];
  if (value === undefined) return { kept, problems };
  if (!isRecord(value)) return { kept, problems: [path] };
  for (const [id, entry] of Object.entries(value)) {
    const ok = ITEM_ID.test(id) ? read(entry) : '';
    if (typeof ok === 'string') problems.push(`${path}.${id}${ok ? `.${ok}` : ''}`);
    else kept[id] = ok;
  }
  return { kept, problems };
}

const readItem = (e: unknown): ItemEntry | string => {
  if (!isRecord(e)) return '';
  if (!isStoredStatus(e['status'])) return 'status';
  return isIsoDate(e['at']) ? { status: e['status'], at: e['at'] } : 'at';
};
const readNote = (e: unknown): Note | string => {
  if (!isRecord(e)) return '';
  if (typeof e['text'] !== 'string' || e['text'].length > NOTE_MAX_LENGTH) return 'text';
  return isIsoDate(e['at']) ? { text: e['text'], at: e['at'] } : 'at';
};
/** Per-question results: question ids to booleans, no more than the quiz has questions. */
const isAnswers = (value: unknown, total: number): value is Record<string, boolean> =>
  isRecord(value) &&
  Object.keys(value).length <= total &&
  Object.entries(value).every(([id, ok]) => ITEM_ID.test(id) && typeof ok === 'boolean');

const readTally =
  (withAnswers: boolean) =>
  (e: unknown): QuizTally | string => {
    if (!isRecord(e)) return '';
    if (!isCount(e['total'])) return 'total';
    if (!isCount(e['right']) || e['right'] > e['total']) return 'right';
    if (!isIsoDate(e['at'])) return 'at';
    const tally = { right: e['right'], total: e['total'], at: e['at'] };
    // Version 3 never wrote `answers`; its reader keeps ignoring whatever else an entry holds.
    if (!withAnswers || e['answers'] === undefined) return tally;
    const answers = e['answers'];
    if (!isAnswers(answers, tally.total)) return 'answers';
    if (Object.values(answers).filter(Boolean).length !== tally.right) return 'right';
    return { ...tally, answers: { ...answers } };
  };

const readExercise = (e: unknown): ExerciseEntry | string => {
  if (!isRecord(e)) return '';
  const status = e['status'];
  if (!EXERCISE_STATUSES.some((s) => s === status)) return 'status';
  if (typeof e['code'] !== 'string' || e['code'].length > CODE_MAX_LENGTH) return 'code';
  if (!isIsoDate(e['at'])) return 'at';
  const seen = e['solutionSeen'];
  if (seen !== undefined && typeof seen !== 'boolean') return 'solutionSeen';
  const entry = { status: status as ExerciseEntry['status'], code: e['code'], at: e['at'] };
  return seen ? { ...entry, solutionSeen: true } : entry;
};

/** Reads version 3 (no per-question answers); migrate.ts marks the result as migrated. */
export const fromV3 = (value: Record<string, unknown>): Read<ProgressState> | undefined => readState(value, 3);
/** Reads version 4 (no exercises); migrate.ts marks the result as migrated. */
export const fromV4 = (value: Record<string, unknown>): Read<ProgressState> | undefined => readState(value, 4);
/** Reads the current version. */
export const fromV5 = (value: Record<string, unknown>): Read<ProgressState> | undefined => readState(value, 5);

function readState(value: Record<string, unknown>, version: 3 | 4 | 5): Read<ProgressState> | undefined {
  if (!isRecord(value['items'])) return undefined;
  const items = entries(value['items'], 'items', readItem);
  const notes = entries(value['notes'], 'notes', readNote);
  const quiz = entries(value['quiz'], 'quiz', readTally(version >= 4));
  // Versions 3 and 4 never wrote `exercises`: whatever such a record holds there is not read.
  const exercises = entries(version >= 5 ? value['exercises'] : undefined, 'exercises', readExercise);
  const problems = [...items.problems, ...notes.problems, ...quiz.problems, ...exercises.problems];
  let state: ProgressState = {
    version: CURRENT_VERSION,
    items: items.kept,
    notes: notes.kept,
    quiz: quiz.kept,
    exercises: exercises.kept,
  };
  const last = value['last'];
  if (isRecord(last) && typeof last['id'] === 'string' && ITEM_ID.test(last['id']) && isIsoDate(last['at']))
    state = { ...state, last: { id: last['id'], at: last['at'] } };
  else if (last !== undefined) problems.push('last');
  const hours = value['hoursPerWeek'];
  if (isHours(hours)) state = { ...state, hoursPerWeek: hours };
  else if (hours !== undefined) problems.push('hoursPerWeek');
  return { kept: state, problems };
}

/**
 * Reads a stored string in the current format; `undefined` for anything else (nothing stored,
 * not JSON, another version), which the caller hands to migrate.ts.
 */
export function readCurrent(raw: string | null): Read<ProgressState> | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) && value['version'] === CURRENT_VERSION ? fromV5(value) : undefined;
  } catch {
    return undefined;
  }
}

export const serialize = (state: ProgressState): string => JSON.stringify(state);

/** Per tab, the last write of that tab a stored record contains (older versions write none). */
export function seenBy(raw: string | null): Record<string, number> | undefined {
  try {
    const seen: unknown =
      raw === null ? undefined : (JSON.parse(raw) as { rev?: { seen?: unknown } } | null)?.rev?.seen;
    if (typeof seen !== 'object' || seen === null || Array.isArray(seen)) return undefined;
    return Object.fromEntries(Object.entries(seen).filter((e): e is [string, number] => Number.isInteger(e[1])));
  } catch {
    return undefined;
  }
}

/** The version of a stored value written by a newer version of the site, if it is one. */
export function newerVersion(raw: string): number | undefined {
  try {
    const version: unknown = (JSON.parse(raw) as { version?: unknown } | null)?.version;
    return typeof version === 'number' && version > CURRENT_VERSION ? version : undefined;
  } catch {
    return undefined;
  }
}
