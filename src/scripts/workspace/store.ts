/**
 * The learner's workspace in this browser: one state for the page, saved to this site's own
 * storage key (see src/lib/progress/storage.ts). A change is shown only once it is stored; when
 * storage is full or blocked the learner is told, with a way to keep the change by exporting it.
 */
import { emptyProgress, type ProgressState } from '../../lib/progress/model';
import { readCurrent } from '../../lib/progress/parse';
import { LEGACY_KEY, safeGet, storageKeys, type WriteResult, writeProgress } from '../../lib/progress/storage';

export const keys = storageKeys(import.meta.env.BASE_URL);

function localStore(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export const storage = localStore();
let state: ProgressState = emptyProgress();
const listeners = new Set<(state: ProgressState) => void>();

export const current = (): ProgressState => state;

/** Calls `listener` now and after every change, from this tab or another. */
export function subscribe(listener: (state: ProgressState) => void): void {
  listeners.add(listener);
  listener(state);
}

const publish = () => {
  for (const listener of listeners) listener(state);
};

/**
 * Stores a new state, then shows it. If it cannot be stored, the page keeps showing what is
 * stored and the learner is told, with a way to export the attempted state so nothing is lost.
 * `quiet` is for what the site records by itself (the last page visited): no alert for that.
 */
export function save(next: ProgressState, { quiet = false } = {}): WriteResult {
  if (next === state) return { ok: true };
  const result = writeProgress(storage, keys, next);
  if (result.ok) state = next;
  else if (!quiet) void import('./recover').then((r) => r.notSaved(result.reason, next));
  publish();
  return result;
}

/** Replaces the state shown, after a recovery or a change in another tab. */
export function replace(next: ProgressState): void {
  state = next;
  publish();
}

/**
 * Loads the stored state. The usual case (current version, every entry readable) is handled
 * at once; migration and unreadable data load the recovery code, which backs up before it
 * rewrites. Nothing may be saved before the promise resolves, or it would overwrite data that
 * has not been read yet: callers start the page's controls after it.
 */
export async function load(): Promise<void> {
  const raw = safeGet(storage, keys.progress);
  const result = readCurrent(raw);
  if (result?.dropped === 0) state = result.state;
  else if (raw !== null || safeGet(storage, LEGACY_KEY) !== null) (await import('./recover')).recover();
  else state = emptyProgress();
}

/** Reads storage again and shows it: for a page prerendered before the learner's last change. */
export async function reload(): Promise<void> {
  await load();
  publish();
}

addEventListener('storage', (event) => {
  if (event.key !== keys.progress && event.key !== null) return;
  const result = event.newValue === null ? { state: emptyProgress(), dropped: 0 } : readCurrent(event.newValue);
  if (result?.dropped !== 0) {
    // Another tab wrote something this version cannot read (a newer site, say): keep a copy and
    // this tab's own view rather than show, or later save, an empty one over it.
    const raw = event.newValue ?? '';
    void import('./recover').then((r) => r.keepAside(raw));
    return;
  }
  replace(result.state);
});
