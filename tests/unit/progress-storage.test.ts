import { describe, expect, it } from 'vitest';
import { appendBackup, loadProgress, readBackups } from '../../src/lib/progress/backup';
import { CURRENT_VERSION, emptyProgress, setStatus, statusOf } from '../../src/lib/progress/model';
import { serialize } from '../../src/lib/progress/parse';
import { LEGACY_KEY, safeSet, storageKeys, writeProgress } from '../../src/lib/progress/storage';
import { describeImport, EXPORT_APP, exportProgress, importProgress } from '../../src/lib/progress/transfer';
import { setNote } from '../../src/lib/progress/workspace';
import { FakeStorage } from './fake-storage';

const now = new Date('2026-11-27T10:00:00.000Z');
const at = now.toISOString();

const keys = storageKeys('/python-backend-roadmap/');

describe('storage keys', () => {
  it('namespaces keys by the base path, so two copies on one origin stay apart', () => {
    expect(storageKeys('/a/').progress).not.toBe(storageKeys('/b/').progress);
    const storage = new FakeStorage();
    writeProgress(storage, storageKeys('/a/'), setStatus(emptyProgress(), 'testing', 'done', now));
    const other = loadProgress(storage, storageKeys('/b/'), now);
    expect(other.ok && statusOf(other.state, 'testing')).toBe('not-started');
  });

  it('migrates the legacy unprefixed key once and leaves it for other copies', () => {
    const storage = new FakeStorage();
    const legacy = JSON.stringify({ version: 2, topics: { testing: { doneAt: at } } });
    storage.setItem(LEGACY_KEY, legacy);
    const first = loadProgress(storage, keys, now);
    expect(first.ok && statusOf(first.state, 'testing')).toBe('done');
    expect(JSON.parse(storage.getItem(keys.progress) ?? '{}').version).toBe(CURRENT_VERSION);
    expect(storage.getItem(LEGACY_KEY)).toBe(legacy);
    // Once this copy has its own key, later changes to the legacy key are not read again.
    storage.setItem(LEGACY_KEY, JSON.stringify({ version: 1, done: ['databases'] }));
    const second = loadProgress(storage, keys, now);
    expect(second.ok && statusOf(second.state, 'databases')).toBe('not-started');
  });
});

describe('writing without losing anything', () => {
  it('reports a full storage instead of pretending to save, and keeps what was stored', () => {
    const storage = new FakeStorage(400);
    const saved = setStatus(emptyProgress(), 'testing', 'done', now);
    expect(writeProgress(storage, keys, saved)).toEqual({ ok: true });
    const tooBig = setNote(saved, 'testing', 'x'.repeat(500), now);
    expect(writeProgress(storage, keys, tooBig)).toEqual({ ok: false, reason: 'full' });
    expect(storage.getItem(keys.progress)).toBe(serialize(saved));
  });

  it('reports blocked storage (private modes, disabled cookies) as blocked', () => {
    expect(safeSet(new FakeStorage(Number.POSITIVE_INFINITY, true), 'k', 'v')).toEqual({
      ok: false,
      reason: 'blocked',
    });
    expect(safeSet(undefined, 'k', 'v')).toEqual({ ok: false, reason: 'blocked' });
  });

  it('sets unreadable data aside and keeps every earlier backup', () => {
    const storage = new FakeStorage();
    storage.setItem(keys.progress, 'not json at all');
    const first = loadProgress(storage, keys, now);
    expect(first).toMatchObject({ ok: false, backedUp: true, reason: 'the saved progress is not valid JSON' });
    expect(storage.getItem(keys.progress)).toBeNull();
    storage.setItem(keys.progress, 'second-garbage');
    loadProgress(storage, keys, now);
    expect(readBackups(storage, keys).map((b) => b.raw)).toEqual(['not json at all', 'second-garbage']);
  });

  it('leaves unreadable data where it is when no backup can be written', () => {
    const storage = new FakeStorage(60);
    storage.setItem(keys.progress, 'garbage');
    const result = loadProgress(storage, keys, now);
    expect(result).toMatchObject({ ok: false, backedUp: false });
    expect(storage.getItem(keys.progress)).toBe('garbage');
  });

  it('backs up a value with some bad entries before rewriting it without them', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 2, topics: { testing: { doneAt: 'yesterday' }, databases: { doneAt: at } } });
    storage.setItem(keys.progress, raw);
    const result = loadProgress(storage, keys, now);
    expect(result).toMatchObject({ ok: true, problems: ['topics.testing.doneAt'], backedUp: true });
    expect(readBackups(storage, keys).map((b) => b.raw)).toEqual([raw]);
    expect(JSON.parse(storage.getItem(keys.progress) ?? '{}').items).toEqual({ databases: { status: 'done', at } });
  });

  it('finds the backup the first releases kept under their shared key, and never removes it', () => {
    const storage = new FakeStorage();
    storage.setItem('pbr-progress-backup', '{"version": 2, "topics": {');
    appendBackup(storage, keys, 'later', now);
    expect(readBackups(storage, keys).map((b) => b.raw)).toEqual(['{"version": 2, "topics": {', 'later']);
    expect(storage.getItem('pbr-progress-backup')).toBe('{"version": 2, "topics": {');
  });
});

describe('export and import', () => {
  const known = new Set(['testing', 'databases', 'project:url-shortener']);

  it('round-trips an export with statuses and notes', () => {
    let state = setStatus(emptyProgress(), 'testing', 'done', now);
    state = setStatus(state, 'databases', 'in-progress', now);
    state = setNote(state, 'databases', 'indexes!', now);
    const text = exportProgress(state, now);
    expect(JSON.parse(text)).toMatchObject({ app: EXPORT_APP, exportedAt: at, version: 5 });
    const result = importProgress(text, known);
    expect(result).toEqual({
      ok: true,
      state,
      summary: {
        done: 1,
        inProgress: 1,
        skipped: 0,
        notes: 1,
        quiz: 0,
        solved: 0,
        attempted: 0,
        hoursPerWeek: undefined,
        unknown: 0,
        problems: [],
      },
    });
    expect(result.ok && describeImport(result.summary)).toBe(
      'Imported progress: 1 done, 1 in progress, 0 skipped, 1 note.',
    );
  });

  it('imports a version 2 export, counting only topics this roadmap has', () => {
    const text = JSON.stringify({
      app: EXPORT_APP,
      version: 2,
      topics: { testing: { doneAt: at }, 'quantum-computing': { doneAt: at }, 'blockchain-basics': { doneAt: at } },
    });
    const result = importProgress(text, known);
    expect(result.ok && result.summary).toEqual({
      done: 1,
      inProgress: 0,
      skipped: 0,
      notes: 0,
      quiz: 0,
      solved: 0,
      attempted: 0,
      hoursPerWeek: undefined,
      unknown: 2,
      problems: [],
    });
    expect(result.ok && describeImport(result.summary)).toContain(
      '2 entries name topics or projects this roadmap does not have',
    );
  });

  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another app', '{"app": "other", "version": 2, "topics": {}}', 'not a progress export'],
    ['a damaged export', `{"app": "${EXPORT_APP}", "version": 2, "topics": ["x"]}`, 'damaged'],
    ['a newer version', `{"app": "${EXPORT_APP}", "version": 6, "items": {}}`, 'newer version (6)'],
  ])('rejects %s with a clear message', (_name, text, phrase) => {
    const result = importProgress(text, known);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(phrase);
    expect(!result.ok && result.message).toContain('Nothing was changed');
  });

  it('refuses files far larger than any real export', () => {
    const result = importProgress('{}', known, 5_000_000);
    expect(!result.ok && result.message).toMatch(/5000 kB.*Nothing was changed/);
  });
});
