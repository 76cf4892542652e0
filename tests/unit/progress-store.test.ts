/**
 * The progress store's promise: a change the page reports as saved is never lost, and data this
 * version cannot read is never overwritten. One test per finding of the adversarial test
 * (../shared/reviews/adversarial-test-2026-12.md), named after it.
 */
import { describe, expect, it } from 'vitest';
import { appendBackup, loadProgress } from '../../src/lib/progress/backup';
import { emptyProgress, setLast, setStatus, statusOf } from '../../src/lib/progress/model';
import { readCurrent, serialize } from '../../src/lib/progress/parse';
import { storageKeys } from '../../src/lib/progress/storage';
import { ProgressStore, type StoreEvent } from '../../src/lib/progress/store';
import { checkSize, importProgress, mergeProgress } from '../../src/lib/progress/transfer';
import { noteOf, setNote } from '../../src/lib/progress/workspace';
import { FakeStorage, Origin } from './fake-storage';

const keys = storageKeys('/python-backend-roadmap/');
const NEWER = JSON.stringify({ version: 6, items: {}, notes: { testing: { text: 'x'.repeat(30_000) } } });

function opened(storage: FakeStorage): { store: ProgressStore; events: StoreEvent[] } {
  const store = new ProgressStore(storage, keys);
  const events: StoreEvent[] = [];
  store.listen((e) => events.push(e));
  if (!store.openFast()) store.open(loadProgress(storage, keys));
  return { store, events };
}

/** Storage with `value` stored and only `room` characters left. */
function nearlyFull(value: string, room: number): FakeStorage {
  const storage = new FakeStorage();
  storage.setItem(keys.progress, value);
  storage.quota = keys.progress.length + value.length + room;
  return storage;
}

describe('the adversarial test of 2026-12', () => {
  it('H1: unreadable progress that cannot be backed up is never overwritten, not even by "last visited"', () => {
    const storage = nearlyFull(NEWER.replace('"version":6', '"version":"four"'), 5_000);
    const { store, events } = opened(storage);
    expect(store.lock?.cause).toBe('unreadable');
    expect(events.map((e) => e.type)).toEqual(['locked']);
    expect(store.update((s) => setLast(s, 'learn-python-basics'), { quiet: true })).toEqual({
      ok: false,
      reason: 'locked',
    });
    expect(store.update((s) => setStatus(s, 'testing', 'done'))).toEqual({ ok: false, reason: 'locked' });
    expect(storage.getItem(keys.progress)).toBe(NEWER.replace('"version":6', '"version":"four"'));
    // Once the learner has the bytes (or discards them), saving starts again, with their change.
    store.release();
    expect(statusOf(readCurrent(storage.getItem(keys.progress))?.kept ?? emptyProgress(), 'testing')).toBe('done');
  });

  it('H1: a record from a newer version is left in place and locks the store, whatever the room', () => {
    const storage = new FakeStorage();
    storage.setItem(keys.progress, NEWER);
    const { store } = opened(storage);
    expect(store.lock).toMatchObject({ cause: 'newer', raw: NEWER });
    store.update((s) => setLast(s, 'testing'), { quiet: true });
    expect(storage.getItem(keys.progress)).toBe(NEWER);
    expect(storage.getItem(keys.backup)).toBeNull();
  });

  it('H1: entries that cannot be read and cannot be backed up lock the store instead of being dropped', () => {
    const raw = JSON.stringify({
      version: 5,
      items: { testing: { status: 'done', at: 'yesterday' } },
      notes: {},
      quiz: {},
    });
    const storage = nearlyFull(raw, 10);
    const { store } = opened(storage);
    expect(store.lock).toMatchObject({ cause: 'unreadable', raw });
    expect(store.lock?.reason).toContain('items.testing.at');
  });

  it('M1: the lock carries the unreadable value byte for byte, for its download', () => {
    const raw = '{"version": 4, "items": ';
    const { store } = opened(nearlyFull(raw, 0));
    expect(store.lock?.raw).toBe(raw);
  });

  it('M2: every unsaved change, notes and statuses, is kept in one pending state and retried', () => {
    const storage = new FakeStorage();
    const { store, events } = opened(storage);
    storage.quota = 0;
    store.update((s) => setNote(s, 'testing', 'a note'));
    store.update((s) => setStatus(s, 'databases', 'done'));
    const failed = events.filter((e) => e.type === 'not-saved');
    expect(failed.at(-1)).toMatchObject({ pending: 2 });
    expect(noteOf(store.wanted, 'testing')).toBe('a note');
    expect(statusOf(store.wanted, 'databases')).toBe('done');
    expect(statusOf(store.state, 'databases')).toBe('not-started');
    storage.quota = Number.POSITIVE_INFINITY;
    store.update((s) => setStatus(s, 'testing', 'in-progress'));
    const stored = readCurrent(storage.getItem(keys.progress))?.kept ?? emptyProgress();
    expect([noteOf(stored, 'testing'), statusOf(stored, 'databases'), statusOf(stored, 'testing')]).toEqual([
      'a note',
      'done',
      'in-progress',
    ]);
    expect(events.at(-1)).toEqual({ type: 'pending-saved', count: 2 });
  });

  it('M3: a note saved by another tab is seen before this tab saves over it', () => {
    const origin = new Origin();
    const a = origin.open(keys);
    const b = origin.open(keys);
    a.store.update((s) => setNote(s, 'testing', 'from A', new Date(origin.now())));
    origin.deliver();
    const base = b.store.state.notes['testing']?.at;
    origin.clock += 1000;
    a.store.update((s) => setNote(s, 'testing', 'from A + more', new Date(origin.now())));
    origin.deliver();
    // The notes field compares the stored note's time with the one its text started from.
    b.store.refresh();
    expect(b.store.state.notes['testing']?.at).not.toBe(base);
    expect(noteOf(b.store.state, 'testing')).toBe('from A + more');
  });

  it('M4: another tab writing a newer format locks this tab, and its next change is not written', () => {
    const origin = new Origin();
    const a = origin.open(keys);
    const events: StoreEvent[] = [];
    a.store.listen((e) => events.push(e));
    origin.storage.setItem(keys.progress, NEWER);
    a.store.receive(NEWER);
    expect(events[0]).toMatchObject({ type: 'locked', lock: { cause: 'newer-elsewhere', raw: NEWER } });
    expect(a.store.update((s) => setStatus(s, 'testing', 'done')).ok).toBe(false);
    expect(origin.storage.getItem(keys.progress)).toBe(NEWER);
  });

  it('M7: an import is summed up and can be merged: the newer of each entry wins', () => {
    const older = '2026-01-01T00:00:00.000Z';
    const newer = '2026-06-01T00:00:00.000Z';
    const mine = setStatus(
      setStatus(emptyProgress(), 'testing', 'done', new Date(newer)),
      'databases',
      'skipped',
      new Date(older),
    );
    const theirs = setStatus(
      setStatus(emptyProgress(), 'testing', 'in-progress', new Date(older)),
      'databases',
      'done',
      new Date(newer),
    );
    const merged = mergeProgress(mine, theirs);
    expect([statusOf(merged, 'testing'), statusOf(merged, 'databases')]).toEqual(['done', 'done']);
  });

  it.each([
    ['notes as a list', { items: {}, notes: [] }],
    ['every status invalid', { items: { testing: { status: 4, at: '2026-01-01T00:00:00.000Z' } } }],
    ['a date that is not one', { items: { testing: { status: 'done', at: '1' } } }],
  ])('M7: a file with nothing importable (%s) is refused, naming the bad fields', (_name, body) => {
    const result = importProgress(
      JSON.stringify({ app: 'python-backend-roadmap', version: 5, ...body }),
      new Set(['testing']),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/holds no progress to import.*Nothing was changed/);
  });

  it('L1: changes made in two tabs within the same milliseconds are all kept, and the tabs agree', () => {
    const origin = new Origin();
    const a = origin.open(keys);
    const b = origin.open(keys);
    const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
    for (let i = 0; i < 4; i += 1) {
      a.store.update((s) => setStatus(s, `a${i + 1}`, 'done', new Date(origin.now())));
      b.store.update((s) => setStatus(s, `b${i + 1}`, 'done', new Date(origin.now())));
      origin.clock += 1;
      if (i % 2) origin.deliver(1);
    }
    origin.deliver();
    const stored = readCurrent(origin.storage.getItem(keys.progress))?.kept ?? emptyProgress();
    expect(ids.filter((id) => statusOf(stored, id) === 'done')).toEqual(ids);
    expect(serialize(a.store.state)).toBe(serialize(b.store.state));
  });

  it('L2: weekly hours outside the planner’s 1-80 are left out of stored and imported data', () => {
    for (const hours of [1e-9, 0.0001, 0, 81, 168, 2.5])
      expect(readCurrent(JSON.stringify({ version: 5, items: {}, hoursPerWeek: hours }))?.problems).toEqual([
        'hoursPerWeek',
      ]);
    expect(readCurrent(JSON.stringify({ version: 5, items: {}, hoursPerWeek: 80 }))?.kept.hoursPerWeek).toBe(80);
  });

  it('L5: the size of an import is checked before the file is read', () => {
    expect(checkSize(50_000_000)).toMatch(/50000 kB.*Nothing was changed/);
    expect(checkSize(2_000)).toBeUndefined();
  });

  it('L7: dates must be ISO 8601, tallies real, and keys unique, with the field named', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const read = readCurrent(
      JSON.stringify({
        version: 5,
        items: { testing: { status: 'done', at: '1' }, databases: { status: 'done', at: 'Jan 1 2026' } },
        quiz: { testing: { right: 1e308, total: 1e308, at } },
      }),
    );
    expect(read?.problems).toEqual(['items.testing.at', 'items.databases.at', 'quiz.testing.total']);
    const twice = `{"app":"python-backend-roadmap","version":5,"items":{"testing":{"status":"done","at":"${at}"},"testing":{"status":"skipped","at":"${at}"}}}`;
    const result = importProgress(twice, new Set(['testing']));
    expect(!result.ok && result.message).toContain('items.testing more than once');
  });
});

describe('the store', () => {
  it('reports a failed save with the reason and shows what is stored', () => {
    const storage = new FakeStorage(Number.POSITIVE_INFINITY, true);
    const { store, events } = opened(storage);
    expect(store.update((s) => setStatus(s, 'testing', 'done'))).toEqual({ ok: false, reason: 'blocked' });
    expect(statusOf(store.state, 'testing')).toBe('not-started');
    expect(events[0]).toMatchObject({ type: 'not-saved', reason: 'blocked', pending: 1 });
  });

  it('drops a quiet change that cannot be saved, and says nothing', () => {
    const storage = new FakeStorage(0);
    const { store, events } = opened(storage);
    expect(store.update((s) => setLast(s, 'testing'), { quiet: true }).ok).toBe(false);
    expect(events).toEqual([]);
    expect(store.wanted.last).toBeUndefined();
  });

  it('leaves a pending change to a newer value another tab saved meanwhile', () => {
    const origin = new Origin();
    const a = origin.open(keys);
    const b = origin.open(keys);
    origin.storage.quota = 0;
    a.store.update((s) => setStatus(s, 'testing', 'done', new Date(origin.now())));
    origin.storage.quota = Number.POSITIVE_INFINITY;
    origin.clock += 10;
    b.store.update((s) => setStatus(s, 'testing', 'skipped', new Date(origin.now())));
    origin.deliver();
    a.store.update((s) => setStatus(s, 'databases', 'done'));
    const stored = readCurrent(origin.storage.getItem(keys.progress))?.kept ?? emptyProgress();
    expect([statusOf(stored, 'testing'), statusOf(stored, 'databases')]).toEqual(['skipped', 'done']);
  });

  it('sets damaged data aside, tells, and starts fresh when a backup fits', () => {
    const storage = new FakeStorage();
    storage.setItem(keys.progress, 'not json');
    const { store, events } = opened(storage);
    expect(store.lock).toBeUndefined();
    expect(events[0]).toMatchObject({ type: 'set-aside', raw: 'not json' });
    expect(store.update((s) => setStatus(s, 'testing', 'done')).ok).toBe(true);
    appendBackup(storage, keys, 'x');
  });
});
