import { describe, expect, it } from 'vitest';
import {
  buildExercises,
  type ExerciseFileInput,
  type ExerciseTopic,
  exercisesOfLevel,
  findExerciseProblems,
} from '../../src/lib/exercises/model';
import { exerciseFileSchema } from '../../src/schemas/exercise';

const exercise = (id: string, section = 'loops') => ({
  id,
  title: `Exercise ${id}`,
  section,
  prompt: 'Write `f()`.',
  starter: 'def f():\n    ...\n',
  checks: [
    { name: 'one', code: 'assert f() == 1', message: '`f()` should return 1.' },
    { name: 'two', code: 'assert f() != 2', message: '`f()` should not return 2.' },
  ],
  hints: ['Return 1.'],
  solution: 'def f():\n    return 1\n',
  wrong: [{ code: 'def f():\n    return 2\n', fails: 'one', mistake: 'returns 2' }],
});

const file = (id: string, ids: string[], section?: string): ExerciseFileInput => ({
  id,
  filePath: `content/exercises/${id}.yaml`,
  data: exerciseFileSchema.parse({ exercises: ids.map((x) => exercise(x, section)) }),
});

const topics: ExerciseTopic[] = [
  {
    id: 'basics',
    level: 'basic',
    title: 'Basics',
    filePath: 'content/topics/basics.mdx',
    headings: [{ slug: 'loops', text: 'Loops' }],
  },
  {
    id: 'testing',
    level: 'intermediate',
    title: 'Testing',
    filePath: 'content/topics/testing.mdx',
    headings: [{ slug: 'loops', text: 'Loops in tests' }],
  },
];

describe('exercise cross-references', () => {
  it('accepts exercises whose file names a topic and whose sections are its headings', () => {
    expect(findExerciseProblems(topics, [file('basics', ['a', 'b', 'c'])])).toEqual([]);
  });

  it('names the file of an unknown topic', () => {
    expect(findExerciseProblems(topics, [file('nope', ['a', 'b', 'c'])])).toEqual([
      'content/exercises/nope.yaml: no topic with id "nope" (an exercise file is named after its topic)',
    ]);
  });

  it('names the file and field of a section the lesson does not have', () => {
    expect(findExerciseProblems(topics, [file('basics', ['a', 'b', 'c'], 'nowhere')])).toContain(
      'content/exercises/basics.yaml: field "exercises[0].section": "nowhere" is not a heading of content/topics/basics.mdx',
    );
  });

  it('refuses an id used by another topic, naming both files', () => {
    expect(findExerciseProblems(topics, [file('basics', ['a', 'b', 'c']), file('testing', ['d', 'a', 'e'])])).toEqual([
      'content/exercises/testing.yaml: field "exercises[1].id": "a" is already used in content/exercises/basics.yaml',
    ]);
  });

  it('throws every problem at once when building', () => {
    expect(() => buildExercises(topics, [file('nope', ['a', 'b', 'c'])])).toThrow(/nope\.yaml/);
  });
});

describe('exercise model', () => {
  const built = buildExercises(topics, [file('testing', ['d', 'e', 'f']), file('basics', ['a', 'b', 'c'])]);

  it('puts exercises in roadmap order of their topics, then file order', () => {
    expect(built.all.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('gives each exercise its section title and check count, but no check code or wrong solution', () => {
    const d = built.byTopic.get('testing')?.[0];
    expect(d?.sectionTitle).toBe('Loops in tests');
    expect(d?.checkCount).toBe(2);
    expect(JSON.stringify(d)).not.toContain('assert');
    expect(JSON.stringify(d)).not.toContain('return 2');
  });

  it('keeps the hidden checks apart, by exercise id', () => {
    expect(built.checks.get('a')?.checks.map((c) => c.name)).toEqual(['one', 'two']);
    expect(JSON.stringify(built.checks.get('a'))).not.toContain('returns 2');
  });

  it('groups a level by topic', () => {
    expect(exercisesOfLevel(built, 'intermediate').map((g) => [g.topic.id, g.exercises.length])).toEqual([
      ['testing', 3],
    ]);
  });
});
