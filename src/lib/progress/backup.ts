/**
 * The rare paths of the store: loading with migration of older versions and of the legacy key,
 * and setting aside data that cannot be read, before anything replaces it. Kept apart from
 * storage.ts so pages load this code only when they need it.
 */

import { PROGRESS_KEY_PREFIX } from '../site';
import { type ParseResult, readProgress } from './migrate';
import { emptyProgress, type ProgressState } from './model';
import {
  LEGACY_KEY,
  type StorageKeys,
  type StorageLike,
  safeGet,
  safeSet,
  type WriteResult,
  writeProgress,
} from './storage';

export interface Backup {
  readonly at: string;
  readonly raw: string;
}

/** The first releases set one unreadable value aside under this shared key; it is read, never removed. */
export const LEGACY_BACKUP_KEY = `${PROGRESS_KEY_PREFIX}-backup`;

function ownBackups(raw: string | null): Backup[] {
  if (raw === null) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (Array.isArray(list))
      return list.filter(
        (b): b is Backup =>
          typeof b === 'object' && b !== null && typeof b.raw === 'string' && typeof b.at === 'string',
      );
  } catch {
    // Not a list: keep the value itself as a backup rather than lose it.
  }
  return [{ at: '', raw }];
}

/** Every value set aside for this site, the first releases' shared backup first. */
export function readBackups(storage: StorageLike | undefined, keys: StorageKeys): Backup[] {
  const legacy = safeGet(storage, LEGACY_BACKUP_KEY);
  const own = ownBackups(safeGet(storage, keys.backup));
  return legacy === null || own.some((b) => b.raw === legacy) ? own : [{ at: '', raw: legacy }, ...own];
}

/** Appends an unreadable value to the backups; earlier backups are kept. */
export function appendBackup(
  storage: StorageLike | undefined,
  keys: StorageKeys,
  raw: string,
  now: Date = new Date(),
): WriteResult {
  const list = ownBackups(safeGet(storage, keys.backup));
  if (list.some((b) => b.raw === raw)) return { ok: true };
  return safeSet(storage, keys.backup, JSON.stringify([...list, { at: now.toISOString(), raw }]));
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly state: ProgressState;
      /** Fields that could not be read (`items.testing.at`); the whole value was backed up first if it could be. */
      readonly problems: readonly string[];
      readonly backedUp: boolean;
      /** The value as it was found. */
      readonly raw: string | null;
    }
  | {
      readonly ok: false;
      readonly state: ProgressState;
      readonly reason: string;
      /** The unreadable value is safe in the backups (else it stays where it was). */
      readonly backedUp: boolean;
      /** The value as it was found, byte for byte: what the learner can download. */
      readonly raw: string;
      /** Set when a newer version of the site wrote it: it is never moved or rewritten here. */
      readonly newerVersion?: number;
    };

/**
 * Loads this site's progress: migrates the legacy key once and older versions in place, sets
 * aside damaged data (whole or in part) in the backups before anything replaces it. Data of a
 * newer version, and damaged data whose backup cannot be written, stay untouched where they are:
 * the store then refuses writes (src/lib/progress/store.ts) until the learner has a copy.
 */
export function loadProgress(storage: StorageLike | undefined, keys: StorageKeys, now: Date = new Date()): LoadResult {
  let raw = safeGet(storage, keys.progress);
  let fromLegacy = false;
  if (raw === null) {
    raw = safeGet(storage, LEGACY_KEY);
    fromLegacy = raw !== null;
  }
  const result: ParseResult = readProgress(raw, now);
  if (!result.ok) {
    const found = raw ?? '';
    if (result.newerVersion !== undefined)
      return {
        ok: false,
        state: emptyProgress(),
        reason: result.reason,
        backedUp: false,
        raw: found,
        newerVersion: result.newerVersion,
      };
    const backedUp = appendBackup(storage, keys, found, now).ok;
    // The legacy key may belong to another site on this origin: it is never removed.
    if (backedUp && !fromLegacy) storage?.removeItem(keys.progress);
    return { ok: false, state: emptyProgress(), reason: result.reason, backedUp, raw: found };
  }
  const dropped = result.problems.length > 0;
  const backedUp = dropped && raw !== null && appendBackup(storage, keys, raw, now).ok;
  const mustRewrite = fromLegacy || (result.migrated && (!dropped || backedUp)) || (dropped && backedUp);
  if (mustRewrite) writeProgress(storage, keys, result.state);
  return { ok: true, state: result.state, problems: result.problems, backedUp, raw };
}
