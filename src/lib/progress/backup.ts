/**
 * The rare paths of the store: loading with migration of older versions and of the legacy key,
 * and setting aside data that cannot be read, before anything replaces it. Kept apart from
 * storage.ts so pages load this code only when they need it.
 */

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
export const LEGACY_BACKUP_KEY = 'pbr-progress-backup';

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
      /** Some entries could not be read; the whole value was backed up first. */
      readonly dropped: number;
      readonly backedUp: boolean;
    }
  | {
      readonly ok: false;
      readonly state: ProgressState;
      readonly reason: string;
      /** The unreadable value is safe in the backups (else it stays where it was). */
      readonly backedUp: boolean;
    };

/**
 * Loads this site's progress: migrates the legacy key once and older versions in place, sets
 * aside unreadable data (whole or in part) in the backups before anything replaces it.
 * If the backup cannot be written, the unreadable value is left untouched where it is.
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
    const backedUp = raw !== null && appendBackup(storage, keys, raw, now).ok;
    // The legacy key may belong to another site on this origin: it is never removed.
    if (backedUp && !fromLegacy) storage?.removeItem(keys.progress);
    return { ok: false, state: emptyProgress(), reason: result.reason, backedUp };
  }
  let backedUp = false;
  if (result.dropped > 0 && raw !== null) backedUp = appendBackup(storage, keys, raw, now).ok;
  const mustRewrite = fromLegacy || result.migrated || (result.dropped > 0 && backedUp);
  if (mustRewrite) writeProgress(storage, keys, result.state);
  return { ok: true, state: result.state, dropped: result.dropped, backedUp };
}
