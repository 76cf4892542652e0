/**
 * Storage doubles for the progress store: one browser's storage with a quota in characters
 * (throwing as browsers do), and tabs that see each other's writes late, as Chromium's tabs do
 * (each keeps its own copy, updated by a message from the browser a few milliseconds later).
 */

import type { StorageKeys, StorageLike } from '../../src/lib/progress/storage';
import { ProgressStore } from '../../src/lib/progress/store';

export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  constructor(
    public quota = Number.POSITIVE_INFINITY,
    public blocked = false,
  ) {}
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

interface Message {
  readonly to: Tab;
  readonly key: string;
  readonly value: string | null;
  readonly seq: number;
}

/** One origin's storage shared by tabs; a write reaches the other tabs when `deliver` runs. */
export class Origin {
  readonly storage = new FakeStorage();
  readonly tabs: Tab[] = [];
  readonly inbox: Message[] = [];
  seq = 0;
  clock = Date.parse('2026-12-06T10:00:00.000Z');
  now = (): number => this.clock;

  open(keys: StorageKeys): Tab {
    const tab = new Tab(this, keys);
    this.tabs.push(tab);
    tab.store.openFast();
    return tab;
  }
  /** Delivers the oldest message (or all), as the browser would, with its `storage` event. */
  deliver(count = Number.POSITIVE_INFINITY): void {
    for (let i = 0; i < count && this.inbox.length > 0; i += 1) {
      if (i > 1_000) throw new Error('the tabs keep writing back and forth');
      const m = this.inbox.shift() as Message;
      // A tab's own later write to the key wins over an older one arriving (as Chromium does).
      if ((m.to.written.get(m.key) ?? -1) > m.seq) continue;
      m.to.received = m.seq;
      m.to.cache.set(m.key, m.value);
      if (m.key === m.to.keys.progress) m.to.store.receive(m.value);
    }
  }
}

export class Tab implements StorageLike {
  readonly cache = new Map<string, string | null>();
  readonly written = new Map<string, number>();
  /** The last write of another tab this tab has taken in (not one its own later write replaced). */
  received = 0;
  readonly store: ProgressStore;
  constructor(
    readonly origin: Origin,
    readonly keys: StorageKeys,
  ) {
    for (const [k, v] of origin.storage.data) this.cache.set(k, v);
    this.store = new ProgressStore(this, keys, origin.now);
  }
  getItem(key: string): string | null {
    return this.cache.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.origin.storage.setItem(key, value);
    this.cache.set(key, value);
    const seq = ++this.origin.seq;
    this.written.set(key, seq);
    for (const to of this.origin.tabs) if (to !== this) this.origin.inbox.push({ to, key, value, seq });
  }
  removeItem(key: string): void {
    this.origin.storage.removeItem(key);
    this.cache.delete(key);
  }
}
