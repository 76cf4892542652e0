/**
 * The page's one progress store (src/lib/progress/store.ts holds its rules), on this site's own
 * storage key (src/lib/progress/storage.ts), told of other tabs' writes.
 */

import { safeGet, safeSet, storageKeys } from '../../lib/progress/storage';
import { ProgressStore } from '../../lib/progress/store';
import { lazy } from '../notice';

export const keys = storageKeys(import.meta.env.BASE_URL);

function localStore(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export const storage = localStore();
export const store = new ProgressStore(storage, keys);

export const current = () => store.state;
export const subscribe: ProgressStore['subscribe'] = (view) => store.subscribe(view);
export const update: ProgressStore['update'] = (change, options) => store.update(change, options);

/**
 * Loads the stored state. The usual case (current version, every entry readable) is handled at
 * once; migration and unreadable data load the recovery code, which backs up before it rewrites.
 * Callers start the page's controls after the promise resolves; if the recovery code cannot load
 * (an old page after a deployment) it rejects, and no control starts.
 */
export async function load(): Promise<void> {
  if (store.openFast()) return;
  const { loadProgress } = await lazy(() => import('../../lib/progress/backup'));
  store.open(loadProgress(storage, keys));
}

/**
 * Whether this browser refuses to store anything for the site (blocked site data, some private
 * modes): reading works and shows nothing, so only a write tells. A full store is not "blocked":
 * its failure is reported with the change that meets it.
 */
export function storageBlocked(): boolean {
  const probe = `${keys.progress}:probe`;
  const result = safeSet(storage, probe, '1');
  if (result.ok) storage?.removeItem(probe);
  return !result.ok && result.reason === 'blocked';
}

addEventListener('storage', (event) => {
  if (event.key === keys.progress || event.key === null) store.receive(safeGet(storage, keys.progress));
});
