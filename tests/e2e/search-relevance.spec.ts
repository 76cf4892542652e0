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
import { BASE_PATH, expect, test } from './fixtures';

// The file's tests run in order in one worker, so the page opened before them serves them all
// (with fullyParallel each test would otherwise be its own group, with its own page and load). A
// failing test does not skip the rest: the next ones go on in a fresh worker (not 'serial' mode).
test.describe.configure({ mode: 'default' });

/** [query, the page that must be the first result]. */
const CASES: readonly (readonly [string, string])[] = [
  // Basic
  ['pdb', 'basic/learn-python-basics/'],
  ['itertools', 'basic/learn-python-basics/'],
  ['strenum', 'basic/learn-python-basics/'],
  ['dataclass', 'basic/learn-python-basics/'],
  ['context manager', 'basic/learn-python-basics/'],
  ['git rebase', 'basic/version-control-git/'],
  ['merge conflict', 'basic/version-control-git/'],
  ['git stash', 'basic/version-control-git/'],
  ['env vars', 'basic/command-line-basics/'],
  ['address already in use', 'basic/command-line-basics/'],
  ['venv', 'basic/development-environment/'],
  ['pre-commit', 'basic/development-environment/'],
  ['status codes', 'basic/http-and-rest-apis/'],
  ['etag', 'basic/http-and-rest-apis/'],
  ['cors', 'basic/http-and-rest-apis/'],
  ['rebsae', 'basic/version-control-git/'],
  // Intermediate
  ['fastapi', 'intermediate/web-frameworks/'],
  ['django', 'intermediate/web-frameworks/'],
  ['flask', 'intermediate/web-frameworks/'],
  ['drf', 'intermediate/web-frameworks/'],
  ['postgres', 'intermediate/databases/'],
  ['sql', 'intermediate/databases/'],
  ['alembic', 'intermediate/databases/'],
  ['transactions', 'intermediate/databases/'],
  ['jwt', 'intermediate/authentication-and-authorization/'],
  ['passkeys', 'intermediate/authentication-and-authorization/'],
  ['oauth2', 'intermediate/authentication-and-authorization/'],
  ['api versioning', 'intermediate/api-development/'],
  ['rate limiting', 'intermediate/api-development/'],
  ['idempotency key', 'intermediate/api-development/'],
  ['graphql', 'intermediate/api-development/'],
  ['request id', 'intermediate/error-handling-and-logging/'],
  ['asyncio', 'intermediate/asynchronous-programming/'],
  ['event loop', 'intermediate/asynchronous-programming/'],
  ['pytest', 'intermediate/testing/'],
  ['pytest-asyncio', 'intermediate/testing/'],
  ['mocking', 'intermediate/testing/'],
  ['docker compose', 'intermediate/docker-basics/'],
  ['multi-stage', 'intermediate/docker-basics/'],
  ['celery', 'intermediate/caching-and-queues/'],
  ['redis', 'intermediate/caching-and-queues/'],
  ['djnago', 'intermediate/web-frameworks/'],
  ['celrey', 'intermediate/caching-and-queues/'],
  ['rbac', 'intermediate/authentication-and-authorization/'],
  ['sync_to_async', 'intermediate/asynchronous-programming/'],
  // Advanced
  ['profiling', 'advanced/scalability-and-performance/'],
  ['load balancing', 'advanced/scalability-and-performance/'],
  ['k8s', 'advanced/microservices-architecture/'],
  ['grpc', 'advanced/microservices-architecture/'],
  ['aws lambda', 'advanced/cloud-deployment/'],
  ['deployment strategies', 'advanced/cloud-deployment/'],
  ['ci cd', 'advanced/devops-integration/'],
  ['terraform', 'advanced/devops-integration/'],
  ['owasp', 'advanced/advanced-security/'],
  ['ssrf', 'advanced/advanced-security/'],
  ['pickle', 'advanced/advanced-security/'],
  ['file upload', 'advanced/advanced-security/'],
  ['threat model', 'advanced/advanced-security/'],
  ['opentelemetry', 'advanced/monitoring-and-logging/'],
  ['prometheus', 'advanced/monitoring-and-logging/'],
  ['error budget', 'advanced/monitoring-and-logging/'],
  ['websocket', 'advanced/advanced-topics/'],
  ['kafka', 'advanced/advanced-topics/'],
  ['outbox', 'advanced/advanced-topics/'],
  ['trusted publishing', 'advanced/contribute-to-open-source/'],
  ['kuberntes', 'advanced/microservices-architecture/'],
  // The comparison
  ['js', 'comparison/'],
  ['spring boot', 'comparison/'],
  // Learner test 2026-12: every query of its search table (but "decorators", which no lesson
  // teaches yet) and its extra queries, plus symbols, joining words and aliases.
  ['n+1', 'intermediate/databases/'],
  ['N+1 query', 'intermediate/databases/'],
  ['eager loading', 'intermediate/databases/'],
  ['rate limit', 'intermediate/api-development/'],
  ['pydantic', 'intermediate/web-frameworks/'],
  ['async await', 'intermediate/asynchronous-programming/'],
  ['CI', 'advanced/devops-integration/'],
  ['oauth', 'intermediate/authentication-and-authorization/'],
  ['pagnation', 'intermediate/api-development/'],
  ['fastpi', 'intermediate/web-frameworks/'],
  ['pytest fixtures', 'intermediate/testing/'],
  ['websockets', 'advanced/advanced-topics/'],
  ['sql injection', 'advanced/advanced-security/'],
  ['fastapi vs spring', 'comparison/'],
  ['fastapi vs flask', 'intermediate/web-frameworks/'],
  ['flask versus django', 'intermediate/web-frameworks/'],
  ['django or flask', 'intermediate/web-frameworks/'],
  ['orm', 'intermediate/databases/'],
  ['cicd', 'advanced/devops-integration/'],
  ['ci/cd', 'advanced/devops-integration/'],
  ['password hashing', 'intermediate/authentication-and-authorization/'],
  ['load balancer', 'advanced/scalability-and-performance/'],
  ['mock', 'intermediate/testing/'],
  ['logging', 'intermediate/error-handling-and-logging/'],
  ['kubernets', 'advanced/microservices-architecture/'],
  ['kube', 'advanced/microservices-architecture/'],
  ['psql', 'intermediate/databases/'],
];

/** [query, page, the section link that must come first under it]: best match first, not page order. */
const SECTIONS: readonly (readonly [string, string, RegExp])[] = [
  ['cors', 'basic/http-and-rest-apis/', /CORS/],
  ['rate limit', 'intermediate/api-development/', /Rate limiting/],
  ['env variables', 'basic/command-line-basics/', /Environment variables/],
  ['n+1', 'intermediate/databases/', /ORM/],
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
  await expect(list).toHaveAttribute('data-q', query);
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
