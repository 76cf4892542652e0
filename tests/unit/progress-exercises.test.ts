/**
 * Graded exercises in the learner's workspace (format version 5): status and latest code kept,
 * solved stays solved, solution seen is remembered, version 4 migrates without loss, every bad
 * field is named, and export and import carry the code.
 */
import { describe, expect, it } from 'vitest';
import {
  describeExerciseCounts,
  exerciseCounts,
  exerciseStatusOf,
  markSolutionSeen,
  recordCheck,
} from '../../src/lib/progress/exercises';
import { readProgress } from '../../src/lib/progress/migrate';
import { CODE_MAX_LENGTH, CURRENT_VERSION, emptyProgress, hasProgress } from '../../src/lib/progress/model';
import { readCurrent, serialize } from '../../src/lib/progress/parse';
import { describeSummary, exportProgress, importProgress, mergeProgress } from '../../src/lib/progress/transfer';

const now = new Date('2026-12-06T10:00:00.000Z');
const later = new Date('2026-12-06T11:00:00.000Z');
const at = now.toISOString();
const CODE = 'def clamp(v, lo, hi):\n    return max(lo, min(v, hi))\n';

describe('exercise progress', () => {
  it('marks a failing check attempted and a passing one solved, keeping the latest code', () => {
    let state = recordCheck(emptyProgress(), 'clamp', 'def clamp(): ...', false, now);
    expect(state.exercises['clamp']).toEqual({ status: 'attempted', code: 'def clamp(): ...', at });
    state = recordCheck(state, 'clamp', CODE, true, later);
    expect(state.exercises['clamp']).toEqual({ status: 'solved', code: CODE, at: later.toISOString() });
    expect(hasProgress(state)).toBe(true);
  });

  it('keeps a solved exercise solved when a later try fails, with the later code', () => {
    let state = recordCheck(emptyProgress(), 'clamp', CODE, true, now);
    state = recordCheck(state, 'clamp', 'broken', false, later);
    expect(exerciseStatusOf(state, 'clamp')).toBe('solved');
    expect(state.exercises['clamp']?.code).toBe('broken');
  });

  it('remembers a seen solution for good; seeing it first counts as attempted', () => {
    let state = markSolutionSeen(emptyProgress(), 'clamp', 'starter', now);
    expect(state.exercises['clamp']).toEqual({ status: 'attempted', code: 'starter', at, solutionSeen: true });
    expect(markSolutionSeen(state, 'clamp', 'other', later)).toBe(state);
    state = recordCheck(state, 'clamp', CODE, true, later);
    expect(state.exercises['clamp']?.solutionSeen).toBe(true);
    expect(exerciseStatusOf(state, 'clamp')).toBe('solved');
    expect(exerciseStatusOf(state, 'other')).toBe('not-started');
  });

  it('refuses code beyond the limit instead of storing part of it', () => {
    expect(() => recordCheck(emptyProgress(), 'clamp', 'x'.repeat(CODE_MAX_LENGTH + 1), false)).toThrow(RangeError);
  });

  it('counts solved and attempted exercises of a topic, ignoring ids it does not list', () => {
    let state = recordCheck(emptyProgress(), 'a', CODE, true, now);
    state = recordCheck(state, 'b', CODE, false, now);
    state = recordCheck(state, 'gone', CODE, true, now);
    const counts = exerciseCounts(state, ['a', 'b', 'c']);
    expect(counts).toEqual({ solved: 1, attempted: 1, total: 3 });
    expect(describeExerciseCounts(counts)).toBe('1 of 3 exercises solved, 1 attempted');
  });
});

describe('format version 5', () => {
  it('round-trips exercises in the current version', () => {
    const state = markSolutionSeen(recordCheck(emptyProgress(), 'clamp', CODE, true, now), 'clamp', CODE, later);
    expect(state.version).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(5);
    expect(readCurrent(serialize(state))).toEqual({ kept: state, problems: [] });
  });

  it('migrates version 4 without loss: statuses, notes, answers and hours stay, no exercise tried', () => {
    const v4 = {
      version: 4,
      items: { testing: { status: 'done', at } },
      notes: { testing: { text: 'fixtures', at } },
      quiz: { testing: { right: 1, total: 2, at, answers: { a: true, b: false } } },
      last: { id: 'testing', at },
      hoursPerWeek: 8,
    };
    expect(readProgress(JSON.stringify(v4))).toEqual({
      ok: true,
      migrated: true,
      problems: [],
      state: { ...v4, version: 5, exercises: {} },
    });
    expect(readCurrent(JSON.stringify(v4))).toBeUndefined();
  });

  it.each([
    ['an unknown status', { status: 'done', code: CODE, at }, 'exercises.clamp.status'],
    ['code that is not text', { status: 'solved', code: 3, at }, 'exercises.clamp.code'],
    ['code beyond the limit', { status: 'solved', code: 'x'.repeat(CODE_MAX_LENGTH + 1), at }, 'exercises.clamp.code'],
    ['no date', { status: 'solved', code: CODE }, 'exercises.clamp.at'],
    [
      'a seen flag that is not true or false',
      { status: 'solved', code: CODE, at, solutionSeen: 'yes' },
      'exercises.clamp.solutionSeen',
    ],
  ])('names a bad exercise field (%s) and keeps the rest', (_name, entry, problem) => {
    const raw = JSON.stringify({
      version: 5,
      items: { testing: { status: 'done', at } },
      exercises: { clamp: entry, other: { status: 'attempted', code: '', at } },
    });
    const read = readProgress(raw);
    expect(read.ok && read.problems).toEqual([problem]);
    expect(read.ok && read.state.exercises).toEqual({ other: { status: 'attempted', code: '', at } });
    expect(read.ok && read.state.items['testing']?.status).toBe('done');
  });

  it('exports and imports exercise code, and merging keeps the newer try of each', () => {
    const mine = recordCheck(emptyProgress(), 'clamp', 'old', false, now);
    const theirs = recordCheck(recordCheck(emptyProgress(), 'clamp', CODE, true, later), 'parse', 'p', false, now);
    const imported = importProgress(exportProgress(theirs, later), new Set(['testing']));
    expect(imported.ok && imported.state.exercises).toEqual(theirs.exercises);
    expect(imported.ok && describeSummary(imported.summary)).toContain('2 exercises (1 solved, 1 attempted)');
    expect(mergeProgress(mine, theirs).exercises['clamp']).toEqual({
      status: 'solved',
      code: CODE,
      at: later.toISOString(),
    });
  });
});
