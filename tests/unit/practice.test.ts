import { describe, expect, it } from 'vitest';
import {
  buildPractice,
  findPracticeProblems,
  type PracticeTopic,
  type ProjectInput,
  type QuizInput,
} from '../../src/lib/practice';
import { projectSchema } from '../../src/schemas/project';
import { type QuizData, quizSchema } from '../../src/schemas/quiz';

const choice = (id: string, correct: boolean[], extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'choice',
  prompt: 'Which one?',
  choices: correct.map((c, i) => ({ text: `option ${i}`, correct: c })),
  explanation: 'Because.',
  section: 'fixtures',
  ...extra,
});
const open = (id: string) => ({
  id,
  kind: 'open',
  prompt: 'Why?',
  answer: 'So.',
  explanation: 'Because.',
  section: 'fixtures',
});
const quiz = (questions: unknown[]) => ({ questions });
const issues = (value: unknown) => {
  const result = quizSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('self-check schema', () => {
  it('accepts a sound quiz', () => {
    expect(
      issues(quiz([choice('a', [false, true, false]), choice('b', [true, false, false]), open('c'), open('d')])),
    ).toEqual([]);
  });

  it('refuses a choice question with zero or two correct choices, naming the field', () => {
    expect(
      issues(quiz([choice('a', [false, false, false]), choice('b', [true, true, false]), open('c'), open('d')])),
    ).toEqual([
      'questions.0.choices: exactly one choice must be correct, found 0',
      'questions.1.choices: exactly one choice must be correct, found 2',
    ]);
  });

  it('refuses a missing explanation, an open question without answer, and duplicate ids', () => {
    const { explanation: _e, ...noExplanation } = open('a');
    const { answer: _a, ...noAnswer } = open('b');
    expect(issues(quiz([noExplanation, noAnswer, open('c'), open('d')]))).toEqual([
      'questions.0.explanation: Invalid input: expected string, received undefined',
      'questions.1.answer: an open question needs an answer',
    ]);
    expect(issues(quiz([open('a'), open('b'), open('c'), open('c')]))).toEqual([
      'questions.3.id: duplicate question id "c"',
    ]);
  });

  it('asks for 4 to 6 questions', () => {
    expect(issues(quiz([open('a'), open('b'), open('c')]))[0]).toMatch(/^questions: Too small/);
  });
});

describe('project schema', () => {
  const valid = {
    title: 'A project',
    level: 'basic',
    order: 1,
    summary: 'A project summary that is long enough.',
    difficulty: 'starter',
    hours: 8,
    topics: ['testing'],
    technologies: ['python'],
    requirements: ['a', 'b', 'c'],
    doneWhen: ['a', 'b', 'c'],
  };
  it('accepts a sound project and refuses an unknown difficulty or technology', () => {
    expect(projectSchema.safeParse(valid).success).toBe(true);
    const bad = projectSchema.safeParse({ ...valid, difficulty: 'easy', technologies: ['cobol'] });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual(['difficulty', 'technologies.0']);
  });
});

describe('practice model', () => {
  const topics: PracticeTopic[] = [
    {
      id: 'testing',
      level: 'intermediate',
      title: 'Testing',
      filePath: 'content/topics/testing.mdx',
      headings: [{ depth: 2, slug: 'fixtures', text: 'Fixtures' }],
    },
    {
      id: 'databases',
      level: 'intermediate',
      title: 'Databases',
      filePath: 'content/topics/databases.mdx',
      headings: [{ depth: 2, slug: 'fixtures', text: 'Fixtures' }],
    },
  ];
  const quizData = quizSchema.parse(
    quiz([choice('a', [true, false, false]), open('b'), open('c'), open('d')]),
  ) as QuizData;
  const quizzes: QuizInput[] = topics.map((t) => ({
    id: t.id,
    filePath: `content/quizzes/${t.id}.yaml`,
    data: quizData,
  }));
  const project = (id: string, over: Record<string, unknown> = {}): ProjectInput => ({
    id,
    filePath: `content/projects/${id}.mdx`,
    data: projectSchema.parse({
      title: id,
      level: 'intermediate',
      order: 1,
      summary: 'A project summary that is long enough.',
      difficulty: 'solid',
      hours: 10,
      topics: ['testing'],
      requirements: ['a', 'b', 'c'],
      doneWhen: ['a', 'b', 'c'],
      ...over,
    }),
  });

  it('names the file and field of a broken anchor, an unknown topic, a missing quiz and a duplicate order', () => {
    const broken = {
      ...quizData,
      questions: quizData.questions.map((q, i) => (i === 1 ? { ...q, section: 'nope' } : q)),
    };
    expect(
      findPracticeProblems(
        topics,
        [
          { id: 'testing', filePath: 'content/quizzes/testing.yaml', data: broken },
          { id: 'gone', filePath: 'content/quizzes/gone.yaml', data: quizData },
        ],
        [project('one'), project('two', { topics: ['testing', 'nope'] })],
      ),
    ).toEqual([
      'content/quizzes/testing.yaml: field "questions[1].section": "nope" is not a heading of content/topics/testing.mdx',
      'content/quizzes/gone.yaml: no topic with id "gone" (a self-check file is named after its topic)',
      'content/quizzes: topic "databases" has no self-check file (content/quizzes/databases.yaml)',
      'content/projects/two.mdx: field "topics[1]": no topic with id "nope"',
      'content/projects/two.mdx: field "order": intermediate project 1 is already used by content/projects/one.mdx',
    ]);
  });

  it('orders projects by level and order, the capstone last, and lists them per topic', () => {
    const practice = buildPractice(topics, quizzes, [
      project('cap', { capstone: true, level: 'advanced', order: 9, topics: ['testing', 'databases'] }),
      project('second', { order: 2 }),
      project('first', { level: 'basic', topics: ['databases'] }),
    ]);
    expect(practice.projects.map((p) => p.id)).toEqual(['first', 'second', 'cap']);
    expect(practice.projectsByTopic.get('databases')?.map((p) => p.id)).toEqual(['first', 'cap']);
    expect(practice.quizzes.get('testing')?.[0]?.sectionTitle).toBe('Fixtures');
  });
});
