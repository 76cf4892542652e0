/**
 * Search relevance: queries a learner types (terms, abbreviations, two-word concepts, a typo per
 * level), each with the page that teaches it and must come first. Runs the real search page
 * against the built index, so weights, metadata, aliases and typo correction are all exercised.
 * One page per worker, reused across queries: typing a query is cheaper than a page load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { load } from 'js-yaml';
import { QUERY } from '../../src/lib/hooks/search';
import { BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

// The file's tests run in order in one worker, so the page opened before them serves them all
// (with fullyParallel each test would otherwise be its own group, with its own page and load). A
// failing test does not skip the rest: the next ones go on in a fresh worker (not 'serial' mode).
test.describe.configure({ mode: 'default' });

/** [query, the page that must be the first result]. */
const CASES: readonly (readonly [string, string])[] = [
  // Basic
  ['pdb', LESSONS.learnPythonBasics.path],
  ['itertools', LESSONS.learnPythonBasics.path],
  ['strenum', LESSONS.learnPythonBasics.path],
  ['dataclass', LESSONS.learnPythonBasics.path],
  ['context manager', LESSONS.learnPythonBasics.path],
  ['git rebase', LESSONS.versionControlGit.path],
  ['merge conflict', LESSONS.versionControlGit.path],
  ['git stash', LESSONS.versionControlGit.path],
  ['env vars', LESSONS.commandLineBasics.path],
  ['address already in use', LESSONS.commandLineBasics.path],
  ['venv', LESSONS.developmentEnvironment.path],
  ['pre-commit', LESSONS.developmentEnvironment.path],
  ['status codes', LESSONS.httpAndRestApis.path],
  ['etag', LESSONS.httpAndRestApis.path],
  ['cors', LESSONS.httpAndRestApis.path],
  ['rebsae', LESSONS.versionControlGit.path],
  // Intermediate
  ['fastapi', LESSONS.webFrameworks.path],
  ['django', LESSONS.webFrameworks.path],
  ['flask', LESSONS.webFrameworks.path],
  ['drf', LESSONS.webFrameworks.path],
  ['postgres', LESSONS.databases.path],
  ['sql', LESSONS.databases.path],
  ['alembic', LESSONS.databases.path],
  ['transactions', LESSONS.databases.path],
  ['jwt', LESSONS.authenticationAndAuthorization.path],
  ['passkeys', LESSONS.authenticationAndAuthorization.path],
  ['oauth2', LESSONS.authenticationAndAuthorization.path],
  ['api versioning', LESSONS.apiDevelopment.path],
  ['rate limiting', LESSONS.apiDevelopment.path],
  ['idempotency key', LESSONS.apiDevelopment.path],
  ['graphql', LESSONS.apiDevelopment.path],
  ['request id', LESSONS.errorHandlingAndLogging.path],
  ['asyncio', LESSONS.asynchronousProgramming.path],
  ['event loop', LESSONS.asynchronousProgramming.path],
  ['pytest', LESSONS.testing.path],
  ['pytest-asyncio', LESSONS.testing.path],
  ['mocking', LESSONS.testing.path],
  ['docker compose', LESSONS.dockerBasics.path],
  ['multi-stage', LESSONS.dockerBasics.path],
  ['celery', LESSONS.cachingAndQueues.path],
  ['redis', LESSONS.cachingAndQueues.path],
  ['djnago', LESSONS.webFrameworks.path],
  ['celrey', LESSONS.cachingAndQueues.path],
  ['rbac', LESSONS.authenticationAndAuthorization.path],
  ['sync_to_async', LESSONS.asynchronousProgramming.path],
  // Advanced
  ['profiling', LESSONS.scalabilityAndPerformance.path],
  ['load balancing', LESSONS.scalabilityAndPerformance.path],
  ['k8s', LESSONS.microservicesArchitecture.path],
  ['grpc', LESSONS.microservicesArchitecture.path],
  ['aws lambda', LESSONS.cloudDeployment.path],
  ['deployment strategies', LESSONS.cloudDeployment.path],
  ['ci cd', LESSONS.devopsIntegration.path],
  ['terraform', LESSONS.devopsIntegration.path],
  ['owasp', LESSONS.advancedSecurity.path],
  ['ssrf', LESSONS.advancedSecurity.path],
  ['pickle', LESSONS.advancedSecurity.path],
  ['file upload', LESSONS.advancedSecurity.path],
  ['threat model', LESSONS.advancedSecurity.path],
  ['opentelemetry', LESSONS.monitoringAndLogging.path],
  ['prometheus', LESSONS.monitoringAndLogging.path],
  ['error budget', LESSONS.monitoringAndLogging.path],
  ['websocket', LESSONS.advancedTopics.path],
  ['kafka', LESSONS.advancedTopics.path],
  ['outbox', LESSONS.advancedTopics.path],
  ['trusted publishing', LESSONS.contributeToOpenSource.path],
  ['kuberntes', LESSONS.microservicesArchitecture.path],
  // The comparison
  ['js', 'comparison/'],
  ['spring boot', 'comparison/'],
  // Learner test 2026-12: every query of its search table (but "decorators", which no lesson
  // teaches yet) and its extra queries, plus symbols, joining words and aliases.
  ['n+1', LESSONS.databases.path],
  ['N+1 query', LESSONS.databases.path],
  ['eager loading', LESSONS.databases.path],
  ['rate limit', LESSONS.apiDevelopment.path],
  ['pydantic', LESSONS.webFrameworks.path],
  ['async await', LESSONS.asynchronousProgramming.path],
  ['CI', LESSONS.devopsIntegration.path],
  ['oauth', LESSONS.authenticationAndAuthorization.path],
  ['pagnation', LESSONS.apiDevelopment.path],
  ['fastpi', LESSONS.webFrameworks.path],
  ['pytest fixtures', LESSONS.testing.path],
  ['websockets', LESSONS.advancedTopics.path],
  ['sql injection', LESSONS.advancedSecurity.path],
  ['fastapi vs spring', 'comparison/'],
  ['fastapi vs flask', LESSONS.webFrameworks.path],
  ['flask versus django', LESSONS.webFrameworks.path],
  ['django or flask', LESSONS.webFrameworks.path],
  ['orm', LESSONS.databases.path],
  ['cicd', LESSONS.devopsIntegration.path],
  ['ci/cd', LESSONS.devopsIntegration.path],
  ['password hashing', LESSONS.authenticationAndAuthorization.path],
  ['load balancer', LESSONS.scalabilityAndPerformance.path],
  ['mock', LESSONS.testing.path],
  ['logging', LESSONS.errorHandlingAndLogging.path],
  ['kubernets', LESSONS.microservicesArchitecture.path],
  ['kube', LESSONS.microservicesArchitecture.path],
  ['psql', LESSONS.databases.path],
];

/** [query, page, the section link that must come first under it]: best match first, not page order. */
const SECTIONS: readonly (readonly [string, string, RegExp])[] = [
  ['cors', LESSONS.httpAndRestApis.path, /CORS/],
  ['rate limit', LESSONS.apiDevelopment.path, /Rate limiting/],
  ['env variables', LESSONS.commandLineBasics.path, /Environment variables/],
  ['n+1', LESSONS.databases.path, /ORM/],
];

/**
 * Every further section a lesson adds (`furtherSections`), searched by its heading: the lesson
 * that teaches it must be among the first three results.
 */
const TOPICS = new URL('../../content/topics/', import.meta.url).pathname;
const FURTHER = readdirSync(TOPICS).flatMap((file) => {
  const frontmatter = readFileSync(join(TOPICS, file), 'utf8').split(/^---$/m)[1] ?? '';
  const data = load(frontmatter) as { level: string; furtherSections?: string[] };
  const path = `${data.level}/${file.replace(/\.mdx$/, '')}/`;
  return (data.furtherSections ?? []).map((title) => [title.replaceAll('`', ''), path] as const);
});

let page: Page;

/** What went wrong on the shared page (checked by the last test, as the `page` fixture does for its own). */
const problems: string[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage(baseURL ? { baseURL } : {});
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text().slice(0, 200)}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) problems.push(`third-party request: ${r.url()}`);
  });
  await page.goto('search/');
});

test.afterAll(async () => {
  await page.close();
});

/** Searches on the shared search page and returns the result links, best first. */
async function search(query: string) {
  await page.getByRole('searchbox', { name: 'Search topics and sections' }).fill(query);
  const list = page.getByRole('list', { name: 'Search results' });
  // Results for the whole query, not for a prefix typed on the way.
  await expect(list).toHaveAttribute(QUERY, query);
  return list.locator(':scope > li > .hit-link');
}

for (const [query, expected] of CASES) {
  test(`“${query}” puts /${expected} first`, async () => {
    // Result links carry the terms (`?highlight=…`): compare the page they open.
    const first = await (await search(query)).first().evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(first).toBe(`${BASE_PATH}${expected}`);
  });
}

for (const [query, expected, section] of SECTIONS) {
  test(`“${query}” lists the best section of /${expected} first`, async () => {
    await search(query);
    const hit = page.getByRole('list', { name: 'Search results' }).locator(':scope > li').first();
    const href = (await hit.locator(':scope > .hit-link').getAttribute('href')) ?? '';
    expect(new URL(href, 'http://x').pathname).toBe(`${BASE_PATH}${expected}`);
    await expect(hit.locator('.hit-sections a').first()).toContainText(section);
  });
}

test('k8s finds what kubernetes finds', async () => {
  const urls = async (q: string) =>
    (await search(q)).evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
  const full = await urls('kubernetes');
  expect(full.length).toBeGreaterThan(3);
  expect(await urls('k8s')).toEqual(full);
});

test.describe('further sections', () => {
  test('are found', () => {
    expect(FURTHER.length).toBeGreaterThan(40);
  });
  for (const [query, expected] of FURTHER) {
    test(`“${query}” has /${expected} in the first three`, async () => {
      const links = await search(query);
      const top = await links.evaluateAll((els) =>
        els.slice(0, 3).map((el) => new URL((el as HTMLAnchorElement).href).pathname),
      );
      expect(top).toContain(`${BASE_PATH}${expected}`);
    });
  }
});

test('no console error, page error or third-party request happened on the search page', () => {
  expect(problems).toEqual([]);
});
