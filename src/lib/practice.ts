/**
 * Practice: each topic's self-check questions and the projects of every level, checked against
 * the roadmap (a question points at a heading its lesson has, a project names topics that
 * exist) and ordered. Pure functions over plain data; src/lib/content.ts feeds them.
 */
import type { Difficulty, ProjectData } from '../schemas/project';
import type { Question, QuizData } from '../schemas/quiz';
import { contentPath } from './content-root';
import { type LevelKey, levelIndex } from './levels';
import { type HeadingInput, RoadmapContentError, type TopicLink } from './roadmap';

/** How each difficulty reads on the page. */
export const difficultyLabels: Readonly<Record<Difficulty, string>> = {
  starter: 'Starter',
  solid: 'Solid',
  stretch: 'Stretch',
};

export interface QuizInput {
  /** The topic id (the file name). */
  readonly id: string;
  readonly filePath: string;
  readonly data: QuizData;
}

export interface ProjectInput {
  readonly id: string;
  readonly filePath: string;
  readonly data: ProjectData;
}

/** What the checks need to know of a topic. */
export interface PracticeTopic extends TopicLink {
  readonly filePath: string;
  readonly headings: readonly HeadingInput[];
}

export interface QuestionModel extends Question {
  /** The heading the explanation links to. */
  readonly sectionTitle: string;
}

export interface ProjectLink {
  readonly id: string;
  readonly title: string;
  readonly level: LevelKey;
}

export interface Project extends ProjectLink {
  readonly data: ProjectData;
  /** The topics it practises, in roadmap order of the ids given. */
  readonly topics: readonly TopicLink[];
}

export interface Practice {
  /** Questions by topic id. */
  readonly quizzes: ReadonlyMap<string, readonly QuestionModel[]>;
  /** Every project in roadmap order: by level, then order (the capstone last). */
  readonly projects: readonly Project[];
  /** The projects that practise each topic. */
  readonly projectsByTopic: ReadonlyMap<string, readonly ProjectLink[]>;
}

/** Lists every practice problem; an empty list means the content is sound. */
export function findPracticeProblems(
  topics: readonly PracticeTopic[],
  quizzes: readonly QuizInput[],
  projects: readonly ProjectInput[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(topics.map((t) => [t.id, t]));

  for (const quiz of quizzes) {
    const topic = byId.get(quiz.id);
    if (!topic) {
      problems.push(`${quiz.filePath}: no topic with id "${quiz.id}" (a self-check file is named after its topic)`);
      continue;
    }
    const ids = new Set(topic.headings.map((h) => h.slug));
    quiz.data.questions.forEach((q, i) => {
      if (!ids.has(q.section))
        problems.push(
          `${quiz.filePath}: field "questions[${i}].section": "${q.section}" is not a heading of ${topic.filePath}`,
        );
    });
  }
  for (const topic of topics) {
    if (!quizzes.some((q) => q.id === topic.id))
      problems.push(
        `${contentPath('quizzes')}: topic "${topic.id}" has no self-check file (${contentPath('quizzes', `${topic.id}.yaml`)})`,
      );
  }

  const orders = new Map<string, string>();
  for (const project of projects) {
    const { data, filePath } = project;
    data.topics.forEach((ref, i) => {
      if (!byId.has(ref)) problems.push(`${filePath}: field "topics[${i}]": no topic with id "${ref}"`);
    });
    const key = `${data.level}#${data.order}`;
    const clash = orders.get(key);
    if (clash)
      problems.push(`${filePath}: field "order": ${data.level} project ${data.order} is already used by ${clash}`);
    else orders.set(key, filePath);
  }
  const capstones = projects.filter((p) => p.data.capstone);
  if (capstones.length > 1)
    problems.push(`${capstones[1]?.filePath}: field "capstone": only one project can be the capstone`);
  return problems;
}

const projectLink = (p: ProjectInput): ProjectLink => ({ id: p.id, title: p.data.title, level: p.data.level });

/** Builds the practice model, or throws a RoadmapContentError listing every problem. */
export function buildPractice(
  topics: readonly PracticeTopic[],
  quizzes: readonly QuizInput[],
  projects: readonly ProjectInput[],
): Practice {
  const problems = findPracticeProblems(topics, quizzes, projects);
  if (problems.length > 0) throw new RoadmapContentError(problems);
  const byId = new Map(topics.map((t) => [t.id, t]));

  const quizMap = new Map(
    quizzes.map((quiz) => {
      const headings = byId.get(quiz.id)?.headings ?? [];
      return [
        quiz.id,
        quiz.data.questions.map((q) => ({
          ...q,
          sectionTitle: headings.find((h) => h.slug === q.section)?.text ?? q.section,
        })),
      ] as const;
    }),
  );

  const sorted = [...projects].sort(
    (a, b) =>
      Number(a.data.capstone) - Number(b.data.capstone) ||
      levelIndex(a.data.level) - levelIndex(b.data.level) ||
      a.data.order - b.data.order,
  );
  const built: Project[] = sorted.map((p) => ({
    ...projectLink(p),
    data: p.data,
    topics: p.data.topics.flatMap((ref) => {
      const t = byId.get(ref);
      return t ? [{ id: t.id, level: t.level, title: t.title }] : [];
    }),
  }));
  const byTopic = new Map<string, ProjectLink[]>();
  for (const p of built)
    for (const t of p.topics)
      byTopic.set(t.id, [...(byTopic.get(t.id) ?? []), { id: p.id, title: p.title, level: p.level }]);
  return { quizzes: quizMap, projects: built, projectsByTopic: byTopic };
}

/** The projects of a level (the capstone counts with its own level). */
export const projectsOfLevel = (practice: Practice, level: LevelKey): readonly Project[] =>
  practice.projects.filter((p) => p.level === level);
