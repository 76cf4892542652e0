/**
 * The roadmap model: topics ordered within levels, positions, previous/next across level
 * boundaries, and the content checks the schema alone cannot make (duplicate orders, subtopics
 * without their section, unknown related topics). Pure functions over plain data, so they run in
 * Vitest without a build; `src/lib/content.ts` feeds them the collections.
 */
import type { LevelData } from '../schemas/level';
import type { TopicData } from '../schemas/topic';
import { contentPath } from './content-root';
import { type LevelKey, levelIndex, levelKeys } from './levels';
import { findSectionProblems, type LessonSection, lessonSections, sectionId } from './sections';

/** A heading of a rendered MDX body, as Astro's `render()` returns it. */
export interface HeadingInput {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** One topic entry as read from the collection, with the headings its body renders. */
export interface TopicInput {
  readonly id: string;
  /** Path of the source file, used in error messages. */
  readonly filePath: string;
  readonly data: TopicData;
  readonly headings: readonly HeadingInput[];
}

export interface LevelInput {
  readonly id: LevelKey;
  readonly filePath: string;
  readonly data: LevelData;
}

export interface Subtopic {
  /** The heading anchor of the subtopic's section, e.g. `learn-asyncio-and-await`. */
  readonly id: string;
  /** The seed text, verbatim (may contain backtick code). */
  readonly title: string;
}

export interface TopicLink {
  readonly id: string;
  readonly level: LevelKey;
  readonly title: string;
}

export interface Topic extends TopicLink {
  readonly order: number;
  readonly data: TopicData;
  readonly subtopics: readonly Subtopic[];
  /** The lesson's `##` sections in body order: the subtopics and any further sections. */
  readonly sections: readonly LessonSection[];
  /** 1-based position within the level and the level's topic count ("6 of 9"). */
  readonly position: { readonly index: number; readonly total: number };
  readonly prev: TopicLink | undefined;
  readonly next: TopicLink | undefined;
  readonly related: readonly TopicLink[];
}

export interface Level {
  readonly id: LevelKey;
  readonly data: LevelData;
  readonly topics: readonly Topic[];
  /** Sum of the topics' estimated study hours. */
  readonly hours: number;
}

export interface Roadmap {
  readonly levels: readonly Level[];
  /** Every topic in roadmap order: level by level, then by `order`. */
  readonly topics: readonly Topic[];
  readonly hours: number;
}

/** Content that fails a cross-entry check. Every message names the file and, where there is one, the field. */
export class RoadmapContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid roadmap content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RoadmapContentError';
    this.problems = problems;
  }
}

/** The anchor a subtopic's section gets: the same slug rehype-slug gives its heading. */
export const subtopicId = sectionId;

/** Sorts topics into roadmap order: by level, then by their order within the level. */
export function compareTopics(a: { level: LevelKey; order: number }, b: { level: LevelKey; order: number }): number {
  return levelIndex(a.level) - levelIndex(b.level) || a.order - b.order;
}

/** Lists every problem with the topics and levels; an empty list means the content is sound. */
export function findContentProblems(topics: readonly TopicInput[], levels: readonly LevelInput[]): string[] {
  const problems: string[] = [];
  const ids = new Set(topics.map((t) => t.id));

  for (const key of levelKeys) {
    if (!levels.some((l) => l.id === key)) problems.push(`${contentPath('levels.yaml')}: level "${key}" is missing`);
  }

  const byOrder = new Map<string, TopicInput>();
  for (const topic of topics) {
    const { data, filePath } = topic;
    const key = `${data.level}#${data.order}`;
    const clash = byOrder.get(key);
    if (clash) {
      problems.push(
        `${filePath}: field "order": ${data.level} topic number ${data.order} is already used by ${clash.filePath}`,
      );
    } else {
      byOrder.set(key, topic);
    }

    problems.push(...findSectionProblems(filePath, data, topic.headings));

    data.related.forEach((ref, i) => {
      if (!ids.has(ref)) problems.push(`${filePath}: field "related[${i}]": no topic with id "${ref}"`);
      if (ref === topic.id) problems.push(`${filePath}: field "related[${i}]": a topic cannot relate to itself`);
    });
  }

  for (const key of levelKeys) {
    const count = topics.filter((t) => t.data.level === key).length;
    if (count === 0) problems.push(`${contentPath('topics')}: level "${key}" has no topics`);
  }
  return problems;
}

const linkOf = (t: TopicInput): TopicLink => ({ id: t.id, level: t.data.level, title: t.data.title });

/** Builds the ordered roadmap, or throws a RoadmapContentError listing every problem. */
export function buildRoadmap(topics: readonly TopicInput[], levels: readonly LevelInput[]): Roadmap {
  const problems = findContentProblems(topics, levels);
  if (problems.length > 0) throw new RoadmapContentError(problems);

  const sorted = [...topics].sort((a, b) => compareTopics(a.data, b.data));
  const byId = new Map(sorted.map((t) => [t.id, t]));
  const levelTotals = new Map<LevelKey, number>();
  for (const t of sorted) levelTotals.set(t.data.level, (levelTotals.get(t.data.level) ?? 0) + 1);
  let indexInLevel = 0;
  const ordered: Topic[] = sorted.map((t, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    indexInLevel = prev?.data.level === t.data.level ? indexInLevel + 1 : 1;
    return {
      ...linkOf(t),
      order: t.data.order,
      data: t.data,
      subtopics: t.data.subtopics.map((title) => ({ id: subtopicId(title), title })),
      sections: lessonSections(t.data, t.headings),
      position: {
        index: indexInLevel,
        total: levelTotals.get(t.data.level) ?? 0,
      },
      prev: prev && linkOf(prev),
      next: next && linkOf(next),
      related: t.data.related.flatMap((ref) => {
        const target = byId.get(ref);
        return target ? [linkOf(target)] : [];
      }),
    };
  });

  const builtLevels: Level[] = levelKeys.flatMap((key) => {
    const level = levels.find((l) => l.id === key);
    if (!level) return [];
    const levelTopics = ordered.filter((t) => t.level === key);
    return [{ id: key, data: level.data, topics: levelTopics, hours: sumHours(levelTopics) }];
  });
  return { levels: builtLevels, topics: ordered, hours: sumHours(ordered) };
}

function sumHours(topics: readonly Topic[]): number {
  return topics.reduce((sum, t) => sum + t.data.hours, 0);
}
