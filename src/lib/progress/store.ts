/**
 * The learner's workspace in one browser tab: the rules of saving, in one place.
 *
 * - **What is shown is what is stored.** A change is shown once it is written; when it cannot be
 *   written (storage full or blocked) the fields it changes are kept as pending, every later save
 *   retries them and an export includes them ({@link ProgressStore.wanted}), and listeners hear
 *   `not-saved`. A pending field that another tab has since saved with a newer date is left to it.
 * - **Read, then write.** Every save first reads the stored record again, so a change another tab
 *   stored is never written over; another tab's record is merged with this tab's own recent
 *   changes per field (merge.ts), so changes made in both within milliseconds are both kept.
 * - **Nothing unreadable is overwritten.** Stored data that this version cannot read (written by a
 *   newer version, here or in another tab; or damaged and impossible to back up) locks the store:
 *   every write is refused, the automatic "last visited" included, until the learner has
 *   downloaded that value or chosen to discard it ({@link ProgressStore.release}).
 * - **The store reports, the page listens.** It never touches the DOM: the workspace scripts
 *   subscribe to the state and listen for events (src/scripts/workspace/alerts.ts).
 */
import type { LoadResult } from './backup';
import { changedFields, dated, type Field, fields, reconcile, setField, type Touches, touch } from './merge';
import { emptyProgress, type ProgressState } from './model';
import { newerVersion, readCurrent, seenBy, serialize } from './parse';
import { LEGACY_KEY, type StorageKeys, type StorageLike, safeGet, safeSet } from './storage';
import type { Lock, SaveResult, StoreEvent } from './store-events';

/** A change of the state, applied to the freshest stored state when it is saved (and retried). */
export type Change = (state: ProgressState) => ProgressState;
export type { Lock, SaveResult, StoreEvent } from './store-events';

export class ProgressStore {
  #saved: ProgressState = emptyProgress();
  /** The stored string this tab last read or wrote: a different one means another tab wrote. */
  #raw: string | null = null;
  /** Fields changed here but not saved: the value they had then, and the value wanted. */
  #pending = new Map<Field, { readonly value: unknown; readonly at: number }>();
  #lock: Lock | undefined;
  readonly #touches: Touches = new Map();
  /**
   * This tab's writes are numbered; every record says, per tab, the last write of that tab it
   * contains (`rev.seen`), which tells whether its writer had seen a change made here.
   */
  readonly #id = Math.random().toString(36).slice(2, 10);
  #count = 0;
  #seen: Record<string, number> = {};
  readonly #views = new Set<(state: ProgressState) => void>();
  readonly #events = new Set<(event: StoreEvent) => void>();

  constructor(
    private readonly storage: StorageLike | undefined,
    private readonly keys: StorageKeys,
    private readonly clock: () => number = Date.now,
  ) {}

  /** What is stored. */
  get state(): ProgressState {
    return this.#saved;
  }
  /** What is stored plus every change not yet saved. */
  get wanted(): ProgressState {
    let state = this.#saved;
    for (const [field, { value }] of this.#pending) state = setField(state, field, value);
    return state;
  }
  get lock(): Lock | undefined {
    return this.#lock;
  }

  /** Calls `view` now and after every change, from this tab or another. */
  subscribe(view: (state: ProgressState) => void): void {
    this.#views.add(view);
    view(this.#saved);
  }
  listen(listener: (event: StoreEvent) => void): void {
    this.#events.add(listener);
  }

  #publish(): void {
    for (const view of this.#views) view(this.#saved);
  }
  #emit(event: StoreEvent): void {
    for (const listener of this.#events) listener(event);
  }
  #lockWith(lock: Lock): void {
    this.#lock = lock;
    this.#emit({ type: 'locked', lock });
    this.#publish();
  }

  /**
   * The usual start: the current format, every entry readable. False when older or unreadable
   * data needs the recovery path (backup.ts's `loadProgress`, then {@link open}).
   */
  openFast(): boolean {
    const raw = safeGet(this.storage, this.keys.progress);
    const read = raw === null ? undefined : readCurrent(raw);
    if (raw === null ? safeGet(this.storage, LEGACY_KEY) !== null : read?.problems.length !== 0) return false;
    this.#saved = read?.kept ?? emptyProgress();
    this.#raw = raw;
    this.#seen = seenBy(raw) ?? {};
    this.#publish();
    return true;
  }

  /** Starts from what the recovery path found; locks when unreadable data could not be kept safe. */
  open(result: LoadResult): void {
    this.#saved = result.state;
    this.#raw = safeGet(this.storage, this.keys.progress);
    this.#seen = seenBy(this.#raw) ?? {};
    const problems = result.ok ? result.problems : [];
    const raw = result.raw ?? '';
    if (!result.ok && result.newerVersion !== undefined)
      this.#lockWith({ cause: 'newer', reason: result.reason, raw: result.raw });
    else if (!result.backedUp && (!result.ok || problems.length > 0))
      this.#lockWith({
        cause: 'unreadable',
        reason: result.ok ? `these entries could not be read: ${problems.join(', ')}` : result.reason,
        raw,
      });
    else {
      if (!result.ok || problems.length > 0)
        this.#emit({ type: 'set-aside', problems, raw, ...(result.ok ? {} : { reason: result.reason }) });
      this.#publish();
    }
  }

  /** Reads storage again: another tab's record is merged, an unreadable one locks the store. */
  refresh(): void {
    const raw = safeGet(this.storage, this.keys.progress);
    if (raw !== this.#raw) this.receive(raw);
  }

  /** Another tab stored `raw` (the `storage` event). */
  receive(raw: string | null): void {
    if (this.#lock || raw === this.#raw) return;
    const read = raw === null ? { kept: emptyProgress(), problems: [] } : readCurrent(raw);
    if (raw !== null && (!read || read.problems.length > 0)) {
      const version = newerVersion(raw);
      this.#lockWith(
        version === undefined
          ? { cause: 'unreadable', reason: 'another tab stored progress this page cannot read', raw }
          : { cause: 'newer-elsewhere', reason: `another tab runs a newer version (${version}) of this site`, raw },
      );
      return;
    }
    this.#raw = raw;
    this.#saved = read?.kept ?? emptyProgress();
    const seen = seenBy(raw);
    this.#seen = seen ?? {};
    const merged = reconcile(this.#saved, this.#touches, this.clock(), seen ? (seen[this.#id] ?? 0) : undefined);
    // A pending change here gives way to a newer dated entry from the other tab.
    const theirs = fields(this.#saved);
    for (const [field, mine] of this.#pending) {
      const theirAt = dated(theirs.get(field));
      if (theirAt !== undefined && theirAt > (dated(mine.value) ?? mine.at)) this.#pending.delete(field);
    }
    if (merged.changed) {
      // Our own changes put back: if they cannot be written now, they wait with the other pending ones.
      const result = this.#write(merged.state, false);
      if (!result.ok) this.#keep(this.#saved, merged.state, result.reason, false);
    }
    this.#publish();
  }

  /** Writes a state; `own` for a change made here (remembered for merging), not one put back by a merge. */
  #write(state: ProgressState, own = true): ReturnType<typeof safeSet> {
    // The tabs of the last few writes are enough: older tabs have long seen what they need.
    const others = Object.entries(this.#seen)
      .filter(([tab]) => tab !== this.#id)
      .slice(-7);
    const seen = { ...Object.fromEntries(others), [this.#id]: this.#count + 1 };
    const raw = serialize({ ...state, rev: { seen } } as ProgressState);
    const result = safeSet(this.storage, this.keys.progress, raw);
    if (result.ok) {
      this.#count += 1;
      this.#seen = seen;
      if (own) touch(this.#touches, this.#saved, state, this.clock(), this.#count);
      this.#saved = state;
      this.#raw = raw;
    }
    return result;
  }

  /**
   * Saves a change over the freshest stored state, with every earlier change not yet saved.
   * `quiet` is for what the site records by itself (the last page visited): it is dropped when it
   * cannot be saved, and never written while the store is locked.
   */
  update(change: Change, { quiet = false } = {}): SaveResult {
    this.refresh();
    const base = this.wanted;
    const next = change(base);
    if (next === this.#saved) return { ok: true };
    const result: SaveResult = this.#lock ? { ok: false, reason: 'locked' } : this.#write(next);
    if (result.ok) {
      const count = this.#pending.size;
      this.#pending.clear();
      if (count > 0) this.#emit({ type: 'pending-saved', count });
    } else if (!quiet) this.#keep(base, next, result.reason);
    this.#publish();
    return result;
  }

  /**
   * Keeps the fields `next` changes from `base` as pending, and says so. A merge's put-back value
   * (`replace` false) never replaces a pending change made here since.
   */
  #keep(base: ProgressState, next: ProgressState, reason: 'full' | 'blocked' | 'locked', replace = true): void {
    const after = fields(next);
    const at = this.clock();
    for (const field of changedFields(base, next))
      if (replace || !this.#pending.has(field)) this.#pending.set(field, { value: after.get(field), at });
    this.#emit({ type: 'not-saved', reason, wanted: this.wanted, pending: this.#pending.size });
  }

  /**
   * The learner has a copy of the locked value, or chose to discard it: writes may replace it
   * from now on, starting with any change they made meanwhile.
   */
  release(): void {
    if (!this.#lock) return;
    this.#lock = undefined;
    this.#raw = safeGet(this.storage, this.keys.progress);
    this.#emit({ type: 'unlocked' });
    if (this.#pending.size > 0) this.update((state) => state);
    else this.#publish();
  }
}
