/**
 * Graded exercises as the pages see them: each topic's exercises checked against the roadmap
 * (the file is named after a topic, `section` is a heading of that topic's lesson, ids are unique
 * across every topic) and put in roadmap order. Pure functions over plain data;
 * src/lib/content.ts feeds them. Whether each reference solution passes and each wrong one fails
 * is proved separately (src/integrations/exercise-checks.ts, the unit tests).
 */
import type { Exercise, ExerciseFile } from '../../schemas/exercise';
import type { LevelKey } from '../levels';
import { RoadmapContentError, type TopicLink } from '../roadmap';

export interface ExerciseFileInput {
  /** The topic id (the file name). */
  readonly id: string;
  readonly filePath: string;
  readonly data: ExerciseFile;
}

/** What the checks need to know of a topic, in roadmap order. */
export interface ExerciseTopic extends TopicLink {
  readonly filePath: string;
  readonly headings: readonly { readonly slug: string; readonly text: string }[];
}

/** One exercise as its pages show it: never with its checks' code or wrong solutions. */
export interface ExerciseModel {
  readonly id: string;
  readonly title: string;
  readonly topic: TopicLink;
  /** The lesson heading it practises, and that heading's text. */
  readonly section: string;
  readonly sectionTitle: string;
  readonly prompt: string;
  readonly starter: string;
  readonly hints: readonly string[];
  readonly solution: string;
  /** How many hidden checks Check runs. */
  readonly checkCount: number;
}

/** What the browser fetches on Check (src/pages/exercises/checks/[exercise].json.ts). */
export interface ExerciseChecks {
  readonly id: string;
  readonly checks: readonly { readonly name: string; readonly code: string; readonly message: string }[];
}

export interface Exercises {
  /** Every exercise, in roadmap order of its topic, then file order. */
  readonly all: readonly ExerciseModel[];
  readonly byTopic: ReadonlyMap<string, readonly ExerciseModel[]>;
  /** The hidden checks of each exercise, by exercise id. */
  readonly checks: ReadonlyMap<string, ExerciseChecks>;
}

/** Lists every cross-reference problem; an empty list means the exercises fit the roadmap. */
export function findExerciseProblems(topics: readonly ExerciseTopic[], files: readonly ExerciseFileInput[]): string[] {
  const problems: string[] = [];
  const byId = new Map(topics.map((t) => [t.id, t]));
  const owners = new Map<string, string>();
  for (const file of files) {
    const topic = byId.get(file.id);
    if (!topic)
      problems.push(`${file.filePath}: no topic with id "${file.id}" (an exercise file is named after its topic)`);
    const slugs = new Set(topic?.headings.map((h) => h.slug));
    file.data.exercises.forEach((ex, i) => {
      if (topic && !slugs.has(ex.section))
        problems.push(
          `${file.filePath}: field "exercises[${i}].section": "${ex.section}" is not a heading of ${topic.filePath}`,
        );
      const owner = owners.get(ex.id);
      if (owner && owner !== file.filePath)
        problems.push(`${file.filePath}: field "exercises[${i}].id": "${ex.id}" is already used in ${owner}`);
      else owners.set(ex.id, file.filePath);
    });
  }
  return problems;
}

const toModel = (ex: Exercise, topic: ExerciseTopic): ExerciseModel => ({
  id: ex.id,
  title: ex.title,
  topic: { id: topic.id, level: topic.level, title: topic.title },
  section: ex.section,
  sectionTitle: topic.headings.find((h) => h.slug === ex.section)?.text ?? ex.section,
  prompt: ex.prompt,
  starter: ex.starter,
  hints: ex.hints,
  solution: ex.solution,
  checkCount: ex.checks.length,
});

/** Builds the exercises model, or throws a RoadmapContentError listing every problem. */
export function buildExercises(topics: readonly ExerciseTopic[], files: readonly ExerciseFileInput[]): Exercises {
  const problems = findExerciseProblems(topics, files);
  if (problems.length > 0) throw new RoadmapContentError(problems);
  const fileByTopic = new Map(files.map((f) => [f.id, f]));
  const all: ExerciseModel[] = [];
  const byTopic = new Map<string, ExerciseModel[]>();
  const checks = new Map<string, ExerciseChecks>();
  for (const topic of topics) {
    const file = fileByTopic.get(topic.id);
    if (!file) continue;
    const models = file.data.exercises.map((ex) => {
      checks.set(ex.id, {
        id: ex.id,
        checks: ex.checks.map(({ name, code, message }) => ({ name, code, message })),
      });
      return toModel(ex, topic);
    });
    byTopic.set(topic.id, models);
    all.push(...models);
  }
  return { all, byTopic, checks };
}

/** The exercises of one level, grouped by topic in roadmap order. */
export function exercisesOfLevel(
  exercises: Exercises,
  level: LevelKey,
): readonly { readonly topic: TopicLink; readonly exercises: readonly ExerciseModel[] }[] {
  const groups: { topic: TopicLink; exercises: ExerciseModel[] }[] = [];
  for (const ex of exercises.all) {
    if (ex.topic.level !== level) continue;
    const last = groups.at(-1);
    if (last?.topic.id === ex.topic.id) last.exercises.push(ex);
    else groups.push({ topic: ex.topic, exercises: [ex] });
  }
  return groups;
}
