/**
 * "If you already know Java or JavaScript, start here": a short path through the roadmap for a
 * developer coming from Spring Boot or Express, shown on the comparison page. Topics are named by
 * id and resolved against the roadmap at build time, so a renamed or moved topic fails the build
 * instead of leaving a dead link.
 */
import type { TopicLink } from './roadmap';
import { topicPath } from './urls';

export interface StartHereStep {
  /** How to treat the topics: the words before the links ("Start with"). */
  readonly lead: string;
  /** Topic ids, in the order they are named. */
  readonly topics: readonly string[];
  /** Why, in a sentence that follows the links. */
  readonly note: string;
}

export const startHereSteps: readonly StartHereStep[] = [
  {
    lead: 'Start with',
    topics: ['learn-python-basics'],
    note: 'the language is the new part. Its sections on classes, modules and exceptions are where Python differs most from Java and JavaScript.',
  },
  {
    lead: 'Then',
    topics: ['development-environment'],
    note: 'virtual environments and pip do the job of Maven or Gradle, or of npm and node_modules.',
  },
  {
    lead: 'Skim',
    topics: ['version-control-git', 'command-line-basics', 'http-and-rest-apis'],
    note: 'the tools and the protocol are the same in every stack. Check yourself against each lesson’s outcomes and move on.',
  },
  {
    lead: 'Go on to',
    topics: ['web-frameworks'],
    note: 'Flask is about as small as Express; Django and FastAPI bring conventions closer to Spring Boot’s.',
  },
  {
    lead: 'Do not skip',
    topics: ['asynchronous-programming'],
    note: 'async and await look like JavaScript’s, but many Python libraries are synchronous and one blocking call stalls every request on the event loop. Coming from Spring MVC’s thread per request, the whole model is new.',
  },
];

export interface ResolvedStartHereStep extends Omit<StartHereStep, 'topics'> {
  readonly topics: readonly { readonly title: string; readonly href: string }[];
}

/** The steps with each topic id turned into its title and URL; throws naming an unknown id. */
export function resolveStartHere(
  topics: readonly TopicLink[],
  steps: readonly StartHereStep[] = startHereSteps,
  base?: string,
): ResolvedStartHereStep[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  return steps.map((step) => ({
    ...step,
    topics: step.topics.map((id) => {
      const topic = byId.get(id);
      if (!topic) throw new Error(`src/lib/start-here.ts: no topic with id "${id}" in the roadmap`);
      return { title: topic.title, href: topicPath(topic.level, topic.id, base) };
    }),
  }));
}
