/**
 * Search relevance: queries a learner types (terms, abbreviations, two-word concepts, a typo per
 * level), each with the page that teaches it and must come first. Runs the real search page
 * against the built index, so weights, metadata, aliases and typo correction are all exercised.
 * One page per worker, reused across queries: typing a query is cheaper than a page load.
 */
import type { Page } from '@playwright/test';
import { BASE_PATH, expect, test } from './fixtures';

/** [query, the page that must be the first result]. */
const CASES: readonly (readonly [string, string])[] = [
  // Basic
  ['pdb', 'basic/learn-python-basics/'],
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
];

let page: Page;

test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage({ baseURL });
  await page.goto('search/');
});

test.afterAll(async () => {
  await page.close();
});

for (const [query, expected] of CASES) {
  test(`“${query}” puts /${expected} first`, async () => {
    const box = page.getByRole('searchbox', { name: 'Search topics and sections' });
    await box.fill(query);
    const list = page.getByRole('list', { name: 'Search results' });
    // Results for the whole query, not for a prefix typed on the way.
    await expect(list).toHaveAttribute('data-q', query);
    await expect(list.locator(':scope > li > .hit-link').first()).toHaveAttribute('href', `${BASE_PATH}${expected}`);
  });
}
