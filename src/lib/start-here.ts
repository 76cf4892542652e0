/**
 * "If you already know Java or JavaScript, start here": a short path through the roadmap for a
 * developer coming from Spring Boot or Express, shown on the comparison page. The steps are content
 * (`content/comparison/start-here.yaml`, schema src/schemas/start-here.ts) and name topics by id;
 * src/lib/content.ts checks every id against the roadmap, so a renamed or moved topic fails the
 * build, naming the file and field, instead of leaving a dead link. Build-only.
 */
import type { StartHereStep } from '../schemas/start-here';
import { RoadmapContentError, type TopicLink } from './roadmap';
import { topicPath } from './urls';

export type { StartHereStep };

/** The steps as read from their file. */
export interface StartHereInput {
  readonly filePath: string;
  readonly steps: readonly StartHereStep[];
}

export interface ResolvedStartHereStep extends Omit<StartHereStep, 'topics'> {
  readonly topics: readonly { readonly title: string; readonly href: string }[];
}

/** Every step's topic id that is not a topic, named by file and field. */
export function findStartHereProblems(topics: readonly TopicLink[], input: StartHereInput): string[] {
  const ids = new Set(topics.map((t) => t.id));
  return input.steps.flatMap((step, i) =>
    step.topics.flatMap((id, j) =>
      ids.has(id) ? [] : [`${input.filePath}: field "steps[${i}].topics[${j}]": no topic with id "${id}"`],
    ),
  );
}

/**
 * The steps with each topic id turned into its title and URL; throws a RoadmapContentError naming
 * the file and field of every unknown id.
 */
export function resolveStartHere(
  topics: readonly TopicLink[],
  input: StartHereInput,
  base?: string,
): ResolvedStartHereStep[] {
  const problems = findStartHereProblems(topics, input);
  if (problems.length > 0) throw new RoadmapContentError(problems);
  const byId = new Map(topics.map((t) => [t.id, t]));
  return input.steps.map((step) => ({
    ...step,
    topics: step.topics.flatMap((id) => {
      const topic = byId.get(id);
      return topic ? [{ title: topic.title, href: topicPath(topic.level, topic.id, base) }] : [];
    }),
  }));
}
