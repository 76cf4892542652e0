/**
 * Reading progress in the current format, version 3:
 * `{ version: 3, items: { id: { status, at } }, notes, quiz, last?, hoursPerWeek? }`.
 * Entries that cannot be read are counted and left out one by one, so one bad entry never
 * discards the good ones. Older versions are read by migrate.ts, which pages load only when
 * they meet older data.
 */
import {
  CURRENT_VERSION,
  ITEM_ID,
  type ItemEntry,
  NOTE_MAX_LENGTH,
  type Note,
  type ProgressState,
  type QuizTally,
  STATUSES,
  type StoredStatus,
} from './model';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isStoredStatus = (value: unknown): value is StoredStatus =>
  value !== 'not-started' && STATUSES.some((s) => s === value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;

/** Keeps the entries of a record that `read` accepts; counts the rest. */
export function entries<T>(
  value: unknown,
  read: (entry: unknown) => T | undefined,
): { kept: Record<string, T>; dropped: number } {
  const kept: Record<string, T> = {};
  let dropped = 0;
  if (value === undefined) return { kept, dropped };
  if (!isRecord(value)) return { kept, dropped: 1 };
  for (const [id, entry] of Object.entries(value)) {
    const ok = ITEM_ID.test(id) ? read(entry) : undefined;
    if (ok === undefined) dropped += 1;
    else kept[id] = ok;
  }
  return { kept, dropped };
}

const readItem = (e: unknown): ItemEntry | undefined =>
  isRecord(e) && isStoredStatus(e['status']) && isIsoDate(e['at']) ? { status: e['status'], at: e['at'] } : undefined;
const readNote = (e: unknown): Note | undefined =>
  isRecord(e) && typeof e['text'] === 'string' && e['text'].length <= NOTE_MAX_LENGTH && isIsoDate(e['at'])
    ? { text: e['text'], at: e['at'] }
    : undefined;
const readTally = (e: unknown): QuizTally | undefined =>
  isRecord(e) && isCount(e['right']) && isCount(e['total']) && e['right'] <= e['total'] && isIsoDate(e['at'])
    ? { right: e['right'], total: e['total'], at: e['at'] }
    : undefined;

export function fromV3(value: Record<string, unknown>): { state: ProgressState; dropped: number } | undefined {
  if (!isRecord(value['items'])) return undefined;
  const items = entries(value['items'], readItem);
  const notes = entries(value['notes'], readNote);
  const quiz = entries(value['quiz'], readTally);
  let dropped = items.dropped + notes.dropped + quiz.dropped;
  let state: ProgressState = { version: CURRENT_VERSION, items: items.kept, notes: notes.kept, quiz: quiz.kept };
  const last = value['last'];
  if (isRecord(last) && typeof last['id'] === 'string' && ITEM_ID.test(last['id']) && isIsoDate(last['at']))
    state = { ...state, last: { id: last['id'], at: last['at'] } };
  else if (last !== undefined) dropped += 1;
  const hours = value['hoursPerWeek'];
  if (typeof hours === 'number' && hours > 0 && hours <= 168) state = { ...state, hoursPerWeek: hours };
  else if (hours !== undefined) dropped += 1;
  return { state, dropped };
}

/**
 * Reads a stored string in the current format; `undefined` for anything else (nothing stored,
 * not JSON, another version), which the caller hands to migrate.ts.
 */
export function readCurrent(raw: string | null): { state: ProgressState; dropped: number } | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) && value['version'] === CURRENT_VERSION ? fromV3(value) : undefined;
  } catch {
    return undefined;
  }
}

export const serialize = (state: ProgressState): string => JSON.stringify(state);
