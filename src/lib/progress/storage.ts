/**
 * Where progress lives in the browser, and writing it without ever losing data silently.
 *
 * Every project site of one GitHub account (`USER.github.io/REPO/`) shares one origin and so
 * one `localStorage`: keys carry the site's base path, so two copies of this roadmap never read
 * or overwrite each other's progress. The first release used the unprefixed key `pbr-progress`;
 * each copy migrates it once (when its own key does not exist yet) and leaves it in place,
 * because it may also be the only copy another site on the origin has.
 */

import { PROGRESS_KEY_PREFIX } from '../site';
import type { ProgressState } from './model';
import { serialize } from './parse';

/** The first releases' shared key. */
export const LEGACY_KEY = PROGRESS_KEY_PREFIX;

export interface StorageKeys {
  readonly progress: string;
  /** A list of unreadable values set aside, oldest first: never overwritten, only appended to. */
  readonly backup: string;
}

/** The keys for a site served under `base` (`/`, `/REPO/`). */
export function storageKeys(base: string): StorageKeys {
  const progress = `${PROGRESS_KEY_PREFIX}:${base}`;
  return { progress, backup: `${progress}:backup` };
}

/** The part of the Web Storage API the store uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'full' | 'blocked' };

/** True for the errors browsers throw when an origin's storage quota is used up (older Firefox: its own name). */
export const isQuotaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export function safeGet(storage: StorageLike | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a value and says whether it was stored; storage errors never escape. */
export function safeSet(storage: StorageLike | undefined, key: string, value: string): WriteResult {
  if (!storage) return { ok: false, reason: 'blocked' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'blocked' };
  }
}

export function writeProgress(storage: StorageLike | undefined, keys: StorageKeys, state: ProgressState): WriteResult {
  return safeSet(storage, keys.progress, serialize(state));
}
