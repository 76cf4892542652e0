import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/lib/progress/migrate';
import {
  CURRENT_VERSION,
  countStatus,
  emptyProgress,
  hasProgress,
  NOTE_MAX_LENGTH,
  setLast,
  setStatus,
  statusOf,
} from '../../src/lib/progress/model';
import { readCurrent, serialize } from '../../src/lib/progress/parse';
import { continuePoint, noteOf, setNote } from '../../src/lib/progress/workspace';

const now = new Date('2026-11-27T10:00:00.000Z');
const at = now.toISOString();

describe('progress model', () => {
  it('starts empty when nothing is stored', () => {
    expect(readProgress(null)).toEqual({ ok: true, state: emptyProgress(), migrated: false, problems: [] });
  });

  it('gives every item one of four statuses, "not started" when unset', () => {
    let state = emptyProgress();
    expect(statusOf(state, 'testing')).toBe('not-started');
    for (const status of ['in-progress', 'done', 'skipped', 'not-started'] as const) {
      state = setStatus(state, 'testing', status, now);
      expect(statusOf(state, 'testing')).toBe(status);
    }
    expect(state.items).toEqual({});
  });

  it('returns the same state when nothing changes', () => {
    const done = setStatus(emptyProgress(), 'testing', 'done', now);
    expect(setStatus(done, 'testing', 'done')).toBe(done);
    expect(setNote(done, 'testing', '')).toBe(done);
  });

  it('round-trips the current version with notes, tallies, last page and pace', () => {
    let state = setStatus(emptyProgress(), 'testing', 'in-progress', now);
    state = setStatus(state, 'project:url-shortener', 'done', now);
    state = setNote(state, 'testing', 'fixtures: read the docs on scopes <b>not HTML</b>', now);
    state = setLast(state, 'testing', now);
    state = { ...state, quiz: { testing: { right: 4, total: 5, at } }, hoursPerWeek: 6 };
    expect(readProgress(serialize(state))).toEqual({ ok: true, state, migrated: false, problems: [] });
    expect(state.version).toBe(CURRENT_VERSION);
  });

  it('counts only the ids asked for, by status, and keeps unknown ids', () => {
    let state = setStatus(emptyProgress(), 'removed-topic', 'done', now);
    state = setStatus(state, 'testing', 'done', now);
    state = setStatus(state, 'databases', 'skipped', now);
    expect(countStatus(state, ['testing', 'databases', 'docker-basics'])).toBe(1);
    expect(countStatus(state, ['testing', 'databases'], 'skipped')).toBe(1);
    const read = readProgress(serialize(state));
    expect(read.ok && statusOf(read.state, 'removed-topic')).toBe('done');
  });

  it('keeps a note of 20,000 characters and refuses a longer one', () => {
    const long = 'é'.repeat(NOTE_MAX_LENGTH);
    const state = setNote(emptyProgress(), 'testing', long, now);
    expect(noteOf(state, 'testing')).toHaveLength(20_000);
    const read = readProgress(serialize(state));
    expect(read.ok && noteOf(read.state, 'testing')).toBe(long);
    expect(() => setNote(state, 'testing', `${long}x`)).toThrow(RangeError);
    expect(noteOf(setNote(state, 'testing', '   '), 'testing')).toBe('');
  });

  it('says where to continue: the last page, and the first topic neither done nor skipped', () => {
    const order = ['a', 'b', 'c', 'd'];
    let state = setStatus(emptyProgress(), 'a', 'done', now);
    state = setStatus(state, 'b', 'skipped', now);
    expect(hasProgress(emptyProgress())).toBe(false);
    expect(continuePoint(state, order)).toEqual({ last: undefined, next: 'c' });
    state = setLast(state, 'd', now);
    expect(continuePoint(state, order)).toEqual({ last: 'd', next: 'c' });
    expect(continuePoint(setLast(state, 'gone', now), order).last).toBeUndefined();
    expect(hasProgress(state)).toBe(true);
  });
});

describe('reading stored progress of every version', () => {
  it('migrates version 1 (a list of done ids): every id stays done', () => {
    const read = readProgress(JSON.stringify({ version: 1, done: ['testing', 'git-basics'] }), now);
    expect(read).toEqual({
      ok: true,
      migrated: true,
      problems: [],
      state: { ...emptyProgress(), items: { testing: { status: 'done', at }, 'git-basics': { status: 'done', at } } },
    });
  });

  it('migrates version 2 (done dates): every topic stays done with its date', () => {
    const read = readProgress(
      JSON.stringify({ version: 2, topics: { testing: { doneAt: '2026-01-02T03:04:05.000Z' }, gone: { doneAt: at } } }),
    );
    expect(read).toEqual({
      ok: true,
      migrated: true,
      problems: [],
      state: {
        ...emptyProgress(),
        items: { testing: { status: 'done', at: '2026-01-02T03:04:05.000Z' }, gone: { status: 'done', at } },
      },
    });
  });

  it('keeps the good entries when one is bad, and names the bad fields', () => {
    const read = readProgress(
      JSON.stringify({ version: 2, topics: { testing: { doneAt: 'yesterday' }, databases: { doneAt: at } } }),
    );
    expect(read.ok && read.problems).toEqual(['topics.testing.doneAt']);
    expect(read.ok && Object.keys(read.state.items)).toEqual(['databases']);
    const v3 = readProgress(
      JSON.stringify({
        version: 5,
        items: { a: { status: 'done', at }, b: { status: 'finished', at }, 'Bad Id': { status: 'done', at } },
        notes: { a: { text: 'x'.repeat(NOTE_MAX_LENGTH + 1), at }, c: { text: 'ok', at } },
        quiz: { a: { right: 6, total: 5, at } },
        hoursPerWeek: -2,
      }),
    );
    expect(v3).toEqual({
      ok: true,
      migrated: false,
      problems: ['items.b.status', 'items.Bad Id', 'notes.a.text', 'quiz.a.right', 'hoursPerWeek'],
      state: { ...emptyProgress(), items: { a: { status: 'done', at } }, notes: { c: { text: 'ok', at } } },
    });
  });

  it('reads the current version on the fast path, and leaves everything else to migration', () => {
    const state = setStatus(emptyProgress(), 'testing', 'done', now);
    expect(readCurrent(serialize(state))).toEqual({ kept: state, problems: [] });
    expect(readCurrent(JSON.stringify({ version: 2, topics: {} }))).toBeUndefined();
    expect(readCurrent('{"version": 4, "items": {')).toBeUndefined();
    expect(readCurrent(null)).toBeUndefined();
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
    ['items missing in version 4', '{"version": 4, "notes": {}}'],
  ])('rejects a foreign shape: %s', (_name, raw) => {
    expect(readProgress(raw).ok).toBe(false);
  });

  it('says when data comes from a newer version', () => {
    expect(readProgress('{"version": 9, "items": {}}')).toEqual({
      ok: false,
      reason: 'the saved progress comes from a newer version (9) of this site',
      newerVersion: 9,
    });
  });
});
