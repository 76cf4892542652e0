import type { Page } from '@playwright/test';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the roadmap' });
const searchbox = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the roadmap' });
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' });

async function openWithButton(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(searchbox(page)).toBeFocused();
}

test.describe('search dialog', () => {
  test('opens with the Search button, with / and with Ctrl+K, and closes with Escape returning focus', async ({
    page,
  }) => {
    await page.goto('');
    await openWithButton(page);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();

    await page.keyboard.press('/');
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();

    await page.keyboard.press('Control+k');
    await expect(searchbox(page)).toBeFocused();
  });

  test('does not open on / while typing in a field', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Search topics and sections' }).fill('a/b');
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search topics and sections' })).toHaveValue('a/b');
  });

  for (const [term, topic] of [
    ['jwt', LESSONS.authenticationAndAuthorization.title],
    ['pagination', LESSONS.apiDevelopment.title],
    ['celery', LESSONS.cachingAndQueues.title],
    ['owasp', LESSONS.advancedSecurity.title],
    ['asyncio', LESSONS.asynchronousProgramming.title],
  ] as const) {
    test(`"${term}" puts ${topic} first, with highlighted matches`, async ({ page }) => {
      await page.goto('basic/');
      await openWithButton(page);
      await searchbox(page).fill(term);
      const first = results(page).getByRole('listitem').first();
      await expect(first.locator(':scope > .hit-link .hit-title')).toHaveText(topic);
      await expect(first.locator('mark').first()).toBeVisible();
    });
  }

  test('a subtopic sub-result lands on its section anchor, and closes the dialog on the same page', async ({
    page,
  }) => {
    await page.goto(LESSONS.cachingAndQueues.path);
    await openWithButton(page);
    await searchbox(page).fill('celery');
    const section = results(page)
      .locator('.hit-sections')
      .getByRole('link', { name: /Message Queues with RabbitMQ or Celery/ });
    await expect(section).toHaveAttribute(
      'href',
      `${BASE_PATH}${LESSONS.cachingAndQueues.path}?highlight=celery#message-queues-with-rabbitmq-or-celery`,
    );
    await section.click();
    await expect(page).toHaveURL(/caching-and-queues\/\?highlight=celery#message-queues-with-rabbitmq-or-celery$/);
    await expect(dialog(page)).toBeHidden();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Message Queues with RabbitMQ or Celery' }),
    ).toBeInViewport();
  });

  test('Enter in the search box opens the first result', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('terraform');
    await expect(dialog(page).getByRole('status')).toContainText('for “terraform”');
    await expect(results(page).locator(':scope > li > .hit-link .hit-title').first()).toHaveText(
      LESSONS.devopsIntegration.title,
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.devopsIntegration.title);
  });

  test('the level filter narrows results', async ({ page }) => {
    await page.goto('');
    await openWithButton(page);
    await searchbox(page).fill('logging');
    const levels = results(page).locator(':scope > li > .hit-link .hit-level');
    await expect(levels.first()).toBeVisible();
    const all = await levels.allTextContents();
    expect(new Set(all).size).toBeGreaterThan(1);
    await dialog(page).getByRole('combobox', { name: 'Filter by level' }).selectOption('advanced');
    await expect(async () => {
      const filtered = await levels.allTextContents();
      expect(filtered.length).toBeGreaterThan(0);
      // Lessons are labelled with their level, projects with their level and "project".
      expect(filtered.every((label) => /^Advanced( project)?$/.test(label))).toBe(true);
    }).toPass();
  });

  test('works by keyboard alone: open, type, arrow to a result, Enter opens it', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('/');
    await page.keyboard.type('docker compose');
    // Wait for the results of the whole query, not those of a prefix typed on the way.
    await expect(dialog(page).getByRole('status')).toContainText('for “docker compose”');
    await expect(results(page).locator(':scope > li > .hit-link .hit-title').first()).toHaveText(
      LESSONS.dockerBasics.title,
    );
    await page.keyboard.press('ArrowDown');
    const first = results(page).getByRole('link').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(first).not.toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.dockerBasics.title);
  });

  test('says when nothing matches and suggests the levels', async ({ page }) => {
    await page.goto('');
    await openWithButton(page);
    await searchbox(page).fill('zebra');
    await expect(dialog(page).getByText('No results for “zebra”')).toBeVisible();
    await expect(dialog(page).getByRole('link', { name: 'Intermediate level' })).toHaveAttribute(
      'href',
      `${BASE_PATH}intermediate/`,
    );
  });

  test('a missing index shows a clear message, not an error', async ({ page, pageErrors }) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('');
    await openWithButton(page);
    await searchbox(page).fill('testing');
    await expect(dialog(page).getByText('Search could not load its index')).toBeVisible();
    // The browser logs the 404 of the missing index itself; nothing else may appear.
    expect(pageErrors.every((e) => e.includes('404'))).toBe(true);
    pageErrors.length = 0;
  });

  // One axe run per test: a page with results open takes a few seconds under load.
  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations while open with results (${scheme})`, async ({ page }) => {
      test.setTimeout(AXE_TEST_TIMEOUT);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('');
      await openWithButton(page);
      await searchbox(page).fill('redis');
      await expect(results(page).getByRole('link').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('search page', () => {
  test('runs the query from the URL and keeps the URL in step while typing', async ({ page }) => {
    await page.goto('search/?q=celery');
    const box = page.getByRole('searchbox', { name: 'Search topics and sections' });
    await expect(box).toHaveValue('celery');
    const list = page.getByRole('list', { name: 'Search results' });
    await expect(list.locator(':scope > li > .hit-link .hit-title').first()).toHaveText(LESSONS.cachingAndQueues.title);
    await box.fill('graphql');
    await expect(page).toHaveURL(`${BASE_PATH}search/?q=graphql`);
    await expect(list.locator(':scope > li > .hit-link .hit-title').first()).toHaveText(LESSONS.apiDevelopment.title);
    await page.getByRole('combobox', { name: 'Filter by level' }).selectOption('basic');
    await expect(page).toHaveURL(`${BASE_PATH}search/?q=graphql&level=basic`);
  });
});

test('no search code or index is fetched on a plain page load', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(LESSONS.testing.path, { waitUntil: 'networkidle' });
  await page.mouse.move(5, 500);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => /pagefind|search-(ui|box|engine|render)|search-terms/i.test(p))).toEqual([]);

  await page.getByRole('button', { name: 'Search', exact: true }).hover();
  await expect.poll(() => fetched.some((p) => p.includes('/pagefind/pagefind.js'))).toBe(true);
});
