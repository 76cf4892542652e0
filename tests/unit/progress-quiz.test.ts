/**
 * Per-question self-check results (format version 4): kept in the topic's tally, migrated from
 * version 3 without loss, validated field by field, carried through export and import.
 */
import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/lib/progress/migrate';
import { CURRENT_VERSION, emptyProgress, quizSummary } from '../../src/lib/progress/model';
import { readCurrent, serialize } from '../../src/lib/progress/parse';
import { exportProgress, importProgress } from '../../src/lib/progress/transfer';
import { setQuizAnswer } from '../../src/lib/progress/workspace';

const now = new Date('2026-12-06T10:00:00.000Z');
const at = now.toISOString();
const QUESTIONS = ['q-one', 'q-two', 'q-three'];

describe('per-question self-check results', () => {
  it('keeps each question’s last result and counts the right ones out of the quiz’s questions', () => {
    let state = setQuizAnswer(emptyProgress(), 'testing', { id: 'q-one', right: true }, QUESTIONS, now);
    state = setQuizAnswer(state, 'testing', { id: 'q-two', right: false }, QUESTIONS, now);
    expect(state.quiz['testing']).toEqual({ right: 1, total: 3, at, answers: { 'q-one': true, 'q-two': false } });
    expect(quizSummary(state, 'testing')).toBe('1 of 3 correct (2 of 3 answered)');
    state = setQuizAnswer(state, 'testing', { id: 'q-two', right: true }, QUESTIONS, now);
    state = setQuizAnswer(state, 'testing', { id: 'q-three', right: true }, QUESTIONS, now);
    expect(quizSummary(state, 'testing')).toBe('3 of 3 correct');
    expect(quizSummary(state, 'databases')).toBe('');
  });

  it('drops results of questions the quiz no longer has', () => {
    const old = { ...emptyProgress(), quiz: { testing: { right: 1, total: 2, at, answers: { gone: true } } } };
    const state = setQuizAnswer(old, 'testing', { id: 'q-one', right: false }, QUESTIONS, now);
    expect(state.quiz['testing']?.answers).toEqual({ 'q-one': false });
    expect(state.quiz['testing']?.right).toBe(0);
  });

  it('round-trips the current version with answers', () => {
    const state = setQuizAnswer(emptyProgress(), 'testing', { id: 'q-one', right: true }, QUESTIONS, now);
    expect(state.version).toBe(CURRENT_VERSION);
    expect(readCurrent(serialize(state))).toEqual({ kept: state, problems: [] });
  });

  it('migrates version 3 without loss: statuses, notes and tallies stay, marked as migrated', () => {
    const v3 = {
      version: 3,
      items: { testing: { status: 'done', at } },
      notes: { testing: { text: 'fixtures', at } },
      quiz: { testing: { right: 4, total: 6, at } },
      hoursPerWeek: 8,
    };
    const read = readProgress(JSON.stringify(v3));
    expect(read).toEqual({
      ok: true,
      migrated: true,
      problems: [],
      state: { ...v3, version: CURRENT_VERSION, exercises: {} },
    });
    expect(read.ok && quizSummary(read.state, 'testing')).toBe('4 of 6 correct');
    // Version 3 is not the fast path: the store hands it to migration, which rewrites it as version 4.
    expect(readCurrent(JSON.stringify(v3))).toBeUndefined();
  });

  it.each([
    ['not a record', [true], 'quiz.testing.answers'],
    ['a bad question id', { 'Bad Id': true }, 'quiz.testing.answers'],
    ['a result that is not true or false', { 'q-one': 'yes' }, 'quiz.testing.answers'],
    ['more answers than questions', { a: true, b: true, c: false }, 'quiz.testing.answers'],
    ['a right count that disagrees with the answers', { a: false, b: false }, 'quiz.testing.right'],
  ])('names a bad answers field (%s) and keeps the rest', (_name, answers, problem) => {
    const raw = JSON.stringify({
      version: 4,
      items: { testing: { status: 'done', at } },
      quiz: { testing: { right: 1, total: 2, at, answers }, databases: { right: 1, total: 1, at } },
    });
    const read = readProgress(raw);
    expect(read.ok && read.problems).toEqual([problem]);
    expect(read.ok && read.state.quiz).toEqual({ databases: { right: 1, total: 1, at } });
    expect(read.ok && read.state.items['testing']?.status).toBe('done');
  });

  it('exports and imports per-question results', () => {
    const state = setQuizAnswer(emptyProgress(), 'testing', { id: 'q-two', right: true }, QUESTIONS, now);
    const result = importProgress(exportProgress(state, now), new Set(['testing']));
    expect(result.ok && result.state.quiz).toEqual(state.quiz);
    expect(result.ok && result.summary.quiz).toBe(1);
  });

  it('imports a version 3 export, its tallies kept', () => {
    const file = JSON.stringify({
      app: 'python-backend-roadmap',
      version: 3,
      items: {},
      notes: {},
      quiz: { testing: { right: 2, total: 5, at } },
    });
    const result = importProgress(file, new Set(['testing']));
    expect(result.ok && result.state.quiz).toEqual({ testing: { right: 2, total: 5, at } });
  });
});
