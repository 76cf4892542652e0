import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  countDone,
  emptyProgress,
  exportProgress,
  importProgress,
  isDone,
  readProgress,
  serialize,
  setDone,
} from '../../src/lib/progress';

const now = new Date('2026-11-27T10:00:00.000Z');

describe('progress store', () => {
  it('starts empty when nothing is stored', () => {
    expect(readProgress(null)).toEqual({ ok: true, state: emptyProgress(), migrated: false });
  });

  it('round-trips the current version through storage', () => {
    const state = setDone(setDone(emptyProgress(), 'testing', true, now), 'databases', true, now);
    const read = readProgress(serialize(state));
    expect(read).toEqual({ ok: true, state, migrated: false });
    expect(read.ok && read.state.version).toBe(CURRENT_VERSION);
  });

  it('migrates version 1 (a list of ids) to the current version', () => {
    const read = readProgress(JSON.stringify({ version: 1, done: ['testing', 'git-basics'] }), now);
    expect(read).toEqual({
      ok: true,
      migrated: true,
      state: {
        version: 2,
        topics: { testing: { doneAt: now.toISOString() }, 'git-basics': { doneAt: now.toISOString() } },
      },
    });
  });

  it('reports corrupt JSON instead of throwing', () => {
    expect(readProgress('{"version": 2, "topics": {')).toEqual({
      ok: false,
      reason: 'the saved progress is not valid JSON',
    });
  });

  it.each([
    ['an array', '[1, 2, 3]'],
    ['a string', '"done"'],
    ['no version', '{"topics": {}}'],
    ['topics as a list', '{"version": 2, "topics": ["testing"]}'],
    ['a bad date', '{"version": 2, "topics": {"testing": {"doneAt": "yesterday"}}}'],
    ['a hostile id', '{"version": 2, "topics": {"__proto__ x": {"doneAt": "2026-01-01T00:00:00Z"}}}'],
    ['v1 with non-string ids', '{"version": 1, "done": [1, 2]}'],
  ])('rejects a foreign shape: %s', (_name, raw) => {
    const read = readProgress(raw);
    expect(read.ok).toBe(false);
  });

  it('says when data comes from a newer version', () => {
    expect(readProgress('{"version": 9, "topics": {}}')).toEqual({
      ok: false,
      reason: 'the saved progress comes from a newer version (9) of this site',
    });
  });

  it('keeps unknown topic ids but does not count them', () => {
    const state = setDone(setDone(emptyProgress(), 'removed-topic', true, now), 'testing', true, now);
    expect(countDone(state, ['testing', 'databases'])).toBe(1);
    const read = readProgress(serialize(state));
    expect(read.ok && isDone(read.state, 'removed-topic')).toBe(true);
  });

  it('unmarks a topic and leaves the state unchanged when nothing changes', () => {
    const done = setDone(emptyProgress(), 'testing', true, now);
    expect(setDone(done, 'testing', true)).toBe(done);
    expect(isDone(setDone(done, 'testing', false), 'testing')).toBe(false);
  });
});

describe('export and import', () => {
  it('round-trips an export', () => {
    const state = setDone(emptyProgress(), 'testing', true, now);
    const text = exportProgress(state, now);
    expect(JSON.parse(text)).toMatchObject({
      app: 'python-backend-roadmap',
      exportedAt: now.toISOString(),
      version: 2,
    });
    expect(importProgress(text)).toEqual({ ok: true, state });
  });

  it('imports a version 1 export by migrating it', () => {
    const result = importProgress(
      JSON.stringify({ app: 'python-backend-roadmap', version: 1, done: ['testing'] }),
      now,
    );
    expect(result).toEqual({ ok: true, state: { version: 2, topics: { testing: { doneAt: now.toISOString() } } } });
  });

  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another app', '{"app": "other", "version": 2, "topics": {}}', 'not a progress export'],
    ['a damaged export', '{"app": "python-backend-roadmap", "version": 2, "topics": {"x": 1}}', 'damaged'],
  ])('rejects %s with a clear message', (_name, text, phrase) => {
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(phrase);
    expect(!result.ok && result.message).toContain('Nothing was changed');
  });
});
