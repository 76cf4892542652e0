/**
 * The backup reminder's rules and its small record, kept apart from the progress record under
 * `pbr-progress:<base>:meta` so that it never changes the learner's data or its format.
 * The record is validated when read: anything unexpected is ignored field by field.
 */

export const DAY_MS = 86_400_000;
/** An export older than this is stale. */
export const EXPORT_STALE_MS = 7 * DAY_MS;
/** With no export at all, how long changes wait before the first reminder (not on the first click). */
export const FIRST_REMINDER_MS = DAY_MS;
/** "Remind me later" waits this long. */
export const LATER_MS = 7 * DAY_MS;
/** A reminder that was shown and ignored comes back at most once a day. */
export const SHOWN_GAP_MS = DAY_MS;

export { EXPORTED_EVENT, metaKey } from './data-names';

export interface ReminderMeta {
  /** When a copy was last exported (ms since the epoch). */
  readonly exportedAt?: number;
  /** The first change since the last export; absent when everything was exported. */
  readonly changedAt?: number;
  /** No reminder before this time ("Remind me later"). */
  readonly remindAfter?: number;
  /** When the reminder was last shown. */
  readonly shownAt?: number;
}

const FIELDS = ['exportedAt', 'changedAt', 'remindAfter', 'shownAt'] as const;

/** Reads the stored text; each field kept only if it is a finite, non-negative number. */
export function parseMeta(text: string | null): ReminderMeta {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const field of FIELDS) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[field] = v;
  }
  return out;
}

export const serializeMeta = (meta: ReminderMeta): string => JSON.stringify(meta);

/** A change was made: remembers the first one since the last export. */
export const markChanged = (meta: ReminderMeta, now: number): ReminderMeta =>
  meta.changedAt === undefined ? { ...meta, changedAt: now } : meta;

/** Everything was just exported. */
export function markExported(meta: ReminderMeta, now: number): ReminderMeta {
  const { changedAt: _changed, remindAfter: _later, ...rest } = meta;
  return { ...rest, exportedAt: now };
}

export const remindLater = (meta: ReminderMeta, now: number): ReminderMeta => ({
  ...meta,
  remindAfter: now + LATER_MS,
});

export const markShown = (meta: ReminderMeta, now: number): ReminderMeta => ({ ...meta, shownAt: now });

/**
 * Whether to show the reminder now: there are changes never exported, the last export is older
 * than seven days (or, with none, the changes are a day old), "later" has passed, and it was not
 * shown in the last day.
 */
export function shouldRemind(meta: ReminderMeta, now: number): boolean {
  if (meta.changedAt === undefined) return false;
  if (meta.remindAfter !== undefined && now < meta.remindAfter) return false;
  if (meta.shownAt !== undefined && now - meta.shownAt < SHOWN_GAP_MS) return false;
  if (meta.exportedAt !== undefined) return now - meta.exportedAt >= EXPORT_STALE_MS;
  return now - meta.changedAt >= FIRST_REMINDER_MS;
}
