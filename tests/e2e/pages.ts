/**
 * The pages the e2e specs open, named once and read from the content: a lesson's path comes from
 * its file name and the level in its frontmatter, its title from the frontmatter, so renaming a
 * lesson's title or moving it to another level changes this module's answer, not the specs.
 * A topic that no longer exists fails here, naming its file. Paths are relative to the site's
 * base (Playwright's baseURL): `intermediate/testing/`.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

const TOPICS_DIR = new URL('../../content/topics/', import.meta.url);

/** A topic's lesson page: its id, level, path under the base and title. */
export interface LessonPage {
  readonly id: string;
  readonly level: string;
  readonly path: string;
  readonly title: string;
}

function lesson(id: string): LessonPage {
  const file = new URL(`${id}.mdx`, TOPICS_DIR);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`tests/e2e/pages.ts: content/topics/${id}.mdx does not exist (a spec names this lesson)`);
  }
  const data = load(text.split(/^---$/m)[1] ?? '') as { title?: unknown; level?: unknown };
  if (typeof data.title !== 'string' || typeof data.level !== 'string')
    throw new Error(`tests/e2e/pages.ts: content/topics/${id}.mdx has no title or level in its frontmatter`);
  return { id, level: data.level, path: `${data.level}/${id}/`, title: data.title };
}

/** The lessons the specs open, by topic id (camelCase). */
export const LESSONS = {
  /** The first lesson of the roadmap. */
  learnPythonBasics: lesson('learn-python-basics'),
  developmentEnvironment: lesson('development-environment'),
  commandLineBasics: lesson('command-line-basics'),
  versionControlGit: lesson('version-control-git'),
  httpAndRestApis: lesson('http-and-rest-apis'),
  webFrameworks: lesson('web-frameworks'),
  databases: lesson('databases'),
  apiDevelopment: lesson('api-development'),
  authenticationAndAuthorization: lesson('authentication-and-authorization'),
  asynchronousProgramming: lesson('asynchronous-programming'),
  errorHandlingAndLogging: lesson('error-handling-and-logging'),
  testing: lesson('testing'),
  cachingAndQueues: lesson('caching-and-queues'),
  dockerBasics: lesson('docker-basics'),
  advancedSecurity: lesson('advanced-security'),
  advancedTopics: lesson('advanced-topics'),
  microservicesArchitecture: lesson('microservices-architecture'),
  scalabilityAndPerformance: lesson('scalability-and-performance'),
  devopsIntegration: lesson('devops-integration'),
  monitoringAndLogging: lesson('monitoring-and-logging'),
  cloudDeployment: lesson('cloud-deployment'),
  contributeToOpenSource: lesson('contribute-to-open-source'),
} as const satisfies Record<string, LessonPage>;

/** Addresses that do not exist, for the 404 page's suggestions. */
export const MISSING = {
  /** The testing lesson under a level it is not in: the 404 page should suggest the real one. */
  testingAtWrongLevel: `${LESSONS.testing.level === 'basic' ? 'advanced' : 'basic'}/${LESSONS.testing.id}/`,
} as const;
