/**
 * Bad exercise content is reported with its file and field (src/lib/exercises/verify.ts): a wrong
 * solution that passes, a `fails` naming no check, duplicate ids, a file named after no topic, a
 * reference solution that fails, a starter that passes. Verdicts here are written by hand, shaped
 * like grade.py's; exercises-content.test.ts runs the real grader.
 */
import { describe, expect, it } from 'vitest';
import {
  judge,
  type PlannedJob,
  parseFiles,
  planJobs,
  type Verdict,
  verdictProblems,
} from '../../src/lib/exercises/verify';

const exercise = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: 'Parse a line',
  section: 'functions-and-scope',
  prompt: 'Write `parse_line(line)`.',
  starter: 'def parse_line(line):\n    ...\n',
  checks: [
    { name: 'simple', code: 'assert parse_line("a=1") == ("a", "1")', message: 'simple' },
    { name: 'empty-line', code: 'assert parse_line("") is None', message: '`parse_line("")` should return None' },
  ],
  hints: ['Strip the line first.'],
  solution: 'def parse_line(line):\n    return None\n',
  wrong: [{ code: 'def parse_line(line):\n    return ()\n', fails: 'empty-line', mistake: 'returns ()' }],
  ...extra,
});

const TOPICS = new Set(['learn-python-basics', 'testing']);
const file = (name: string, exercises: unknown[]) => ({ file: `content/exercises/${name}.yaml`, raw: { exercises } });
const three = (prefix: string) => [exercise(`${prefix}-1`), exercise(`${prefix}-2`), exercise(`${prefix}-3`)];

const verdict = (passed: Record<string, boolean>, error: string | null = null): Verdict => ({
  error,
  stdout: '',
  results: Object.entries(passed).map(([name, ok]) => ({ name, passed: ok, detail: ok ? '' : `got ${name}` })),
});

function jobsOf(exercises: unknown[]): PlannedJob[] {
  const { sources, problems } = parseFiles([file('testing', exercises)], TOPICS);
  expect(problems).toEqual([]);
  return planJobs(sources);
}

describe('parseFiles', () => {
  it('accepts good files', () => {
    const { sources, problems } = parseFiles(
      [file('testing', three('t')), file('learn-python-basics', three('b'))],
      TOPICS,
    );
    expect(problems).toEqual([]);
    expect(sources).toHaveLength(2);
  });

  it('names a wrong solution whose `fails` is not a check', () => {
    const bad = exercise('t-2', { wrong: [{ code: 'x = 1', fails: 'no-such-check', mistake: 'm' }] });
    const { problems } = parseFiles([file('testing', [exercise('t-1'), bad, exercise('t-3')])], TOPICS);
    expect(problems).toEqual([
      'content/exercises/testing.yaml: exercises[1].wrong[0].fails: no check is named "no-such-check"',
    ]);
  });

  it('names duplicate ids within a file and across files', () => {
    const within = parseFiles([file('testing', [exercise('t-1'), exercise('t-1'), exercise('t-3')])], TOPICS);
    expect(within.problems).toEqual(['content/exercises/testing.yaml: exercises[1].id: duplicate exercise id "t-1"']);
    const across = parseFiles([file('testing', three('t')), file('learn-python-basics', three('t'))], TOPICS);
    expect(across.problems).toContain(
      'content/exercises/learn-python-basics.yaml: exercises[0].id: "t-1" is already used in content/exercises/testing.yaml',
    );
    expect(across.problems).toHaveLength(3);
  });

  it('names a file that is not named after a topic', () => {
    const { problems } = parseFiles([file('testin', three('t'))], TOPICS);
    expect(problems).toEqual(['content/exercises/testin.yaml: "testin" is not a topic id (content/topics/testin.mdx)']);
  });

  it('names missing fields and too few exercises', () => {
    const { problems, sources } = parseFiles(
      [file('testing', [exercise('t-1', { hints: [] }), exercise('t-2')])],
      TOPICS,
    );
    expect(sources).toEqual([]);
    expect(problems).toContain(
      'content/exercises/testing.yaml: exercises[0].hints: Too small: expected array to have >=1 items',
    );
    expect(problems.some((p) => p.startsWith('content/exercises/testing.yaml: exercises:'))).toBe(true);
  });
});

describe('planJobs', () => {
  it('plans the solution, the starter and each wrong solution with the same checks', () => {
    const jobs = jobsOf(three('t'));
    expect(jobs.map((j) => j.field).slice(0, 3)).toEqual([
      'exercises[0].solution',
      'exercises[0].starter',
      'exercises[0].wrong[0]',
    ]);
    expect(jobs).toHaveLength(9);
    expect(jobs[2]?.mustFail).toBe('empty-line');
    expect(jobs[2]?.checks.map((c) => c.name)).toEqual(['simple', 'empty-line']);
  });
});

describe('verdicts', () => {
  const [solution, starter, wrong] = jobsOf(three('t'));
  if (!solution || !starter || !wrong) throw new Error('no jobs');

  it('accepts the expected verdicts', () => {
    expect(judge(solution, verdict({ simple: true, 'empty-line': true }))).toBeUndefined();
    expect(judge(starter, verdict({ simple: false, 'empty-line': true }))).toBeUndefined();
    expect(judge(wrong, verdict({ simple: true, 'empty-line': false }))).toBeUndefined();
  });

  it('names a wrong solution that passes every check', () => {
    expect(judge(wrong, verdict({ simple: true, 'empty-line': true }))).toBe(
      'content/exercises/testing.yaml: exercises[0].wrong[0]: passes every check; it should fail "empty-line"',
    );
  });

  it('names a wrong solution that fails another check than the one it names', () => {
    expect(judge(wrong, verdict({ simple: false, 'empty-line': true }))).toBe(
      'content/exercises/testing.yaml: exercises[0].wrong[0]: passes "empty-line", which it should fail (it fails "simple" instead)',
    );
  });

  it('names a reference solution that fails a check or does not run', () => {
    expect(judge(solution, verdict({ simple: true, 'empty-line': false }))).toBe(
      'content/exercises/testing.yaml: exercises[0].solution: fails "empty-line"; the reference solution must pass every check (first: got empty-line)',
    );
    expect(
      judge(solution, verdict({ simple: false, 'empty-line': false }, 'SyntaxError: invalid syntax (line 2)')),
    ).toBe('content/exercises/testing.yaml: exercises[0].solution: does not run: SyntaxError: invalid syntax (line 2)');
  });

  it('names a starter that already passes', () => {
    expect(judge(starter, verdict({ simple: true, 'empty-line': true }))).toBe(
      'content/exercises/testing.yaml: exercises[0].starter: passes every check; a starter must fail at least one',
    );
  });

  it('names a missing verdict and lists problems in job order', () => {
    const problems = verdictProblems([solution, wrong], [undefined, verdict({ simple: true, 'empty-line': true })]);
    expect(problems).toEqual([
      'content/exercises/testing.yaml: exercises[0].solution: the grader returned no verdict',
      'content/exercises/testing.yaml: exercises[0].wrong[0]: passes every check; it should fail "empty-line"',
    ]);
  });
});
