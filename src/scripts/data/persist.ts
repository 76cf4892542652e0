/**
 * Persistent storage: asks the browser to keep the site's data (never cleared under storage
 * pressure or after weeks without a visit) and tells the page what it answered with
 * PERSIST_EVENT, which the data-safety slot shows.
 */
export type PersistState = 'kept' | 'may-clear';
export const PERSIST_EVENT = 'pbr:persist';

const storageManager = (): StorageManager | undefined =>
  'storage' in navigator && typeof navigator.storage.persist === 'function' ? navigator.storage : undefined;

/** Whether the browser keeps the data now (without asking). */
export async function persistState(): Promise<PersistState> {
  const manager = storageManager();
  return manager && (await manager.persisted().catch(() => false)) ? 'kept' : 'may-clear';
}

/** Asks once (browsers answer at once, some after a prompt); reports the answer. */
export async function askToPersist(): Promise<PersistState> {
  const manager = storageManager();
  let state: PersistState = 'may-clear';
  if (manager) {
    const already = await manager.persisted().catch(() => false);
    state = already || (await manager.persist().catch(() => false)) ? 'kept' : 'may-clear';
  }
  document.dispatchEvent(new CustomEvent<PersistState>(PERSIST_EVENT, { detail: state }));
  return state;
}
