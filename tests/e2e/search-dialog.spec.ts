/**
 * The search dialog at its edges: narrow screens, Escape, counts and the way to every result,
 * loading and failure states, Enter pressed before results, accessible names, typos, and the
 * search page's own `/` shortcut.
 */
import type { Page } from '@playwright/test';
import { shortQuery } from '../../src/lib/search';
import { BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the roadmap' });
const searchbox = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the roadmap' });
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' });
const status = (page: Page) => dialog(page).getByRole('status');
const topHits = (page: Page) => results(page).locator(':scope > li > .hit-link');

async function open(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(searchbox(page)).toBeFocused();
}

/** Opens the dialog on the home page, searches, waits for the whole query's results. */
async function searchFromHome(page: Page, query: string) {
  await page.goto('');
  await open(page);
  await searchbox(page).fill(query);
  await expect(status(page)).toContainText(`for “${query}”`);
  return topHits(page);
}

for (const width of [320, 360, 375]) {
  test(`nothing is clipped at ${width} px with results shown`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    await page.goto('basic/');
    await open(page);
    await searchbox(page).fill('fastapi');
    await expect(status(page)).toContainText('for “fastapi”');
    const box = await dialog(page).evaluate((d) => {
      const r = d.getBoundingClientRect();
      const overflowing = [...d.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > r.right + 0.5);
      return { left: r.left, right: r.right, overflowing: overflowing.map((e) => e.className || e.tagName) };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(width);
    expect(box.overflowing).toEqual([]);
    await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
  });
}

test('one Escape closes the dialog and the query is kept for next time', async ({ page }) => {
  await page.goto('');
  await open(page);
  await searchbox(page).fill('redis');
  await expect(status(page)).toContainText('for “redis”');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await open(page);
  await expect(searchbox(page)).toHaveValue('redis');
});

test('says how many of how many are shown and links to all of them', async ({ page }) => {
  await page.goto('');
  await open(page);
  await searchbox(page).fill('python');
  await expect(status(page)).toContainText(/^Showing 8 of \d+ results for “python”$/);
  const total = Number((await status(page).textContent())?.match(/of (\d+)/)?.[1]);
  await expect(topHits(page)).toHaveCount(8);
  const all = dialog(page).getByRole('link', { name: `See all ${total} results` });
  await expect(all).toHaveAttribute('href', `${BASE_PATH}search/?q=python`);
  await all.click();
  await expect(page).toHaveURL(`${BASE_PATH}search/?q=python`);
  const list = page.getByRole('list', { name: 'Search results' }).locator(':scope > li');
  await expect(list).toHaveCount(Math.min(total, 20));
  if (total > 20) {
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(list).toHaveCount(Math.min(total, 40));
    await expect(list.nth(20).locator(':scope > .hit-link')).toBeFocused();
  }
});

test('shows an announced loading state, and Enter pressed before results opens the first', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('');
  await open(page);
  await page.keyboard.type('terraform');
  await expect(status(page)).toHaveText('Loading search…');
  await page.keyboard.press('Enter');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.devopsIntegration.title);
});

test('when the search code cannot load, the dialog says so and the reader stays put', async ({ page, pageErrors }) => {
  await page.route('**/_astro/search-ui*.js', (route) => route.abort('internetdisconnected'));
  await page.goto(LESSONS.testing.path);
  await open(page);
  await page.keyboard.type('redis');
  await expect(dialog(page).getByRole('alert')).toHaveText(/Search could not load: you may be offline/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${BASE_PATH}${LESSONS.testing.path}`);
  // The browser logs the failed request itself; nothing else may appear.
  expect(pageErrors.every((e) => e.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
  pageErrors.length = 0;
});

test('result links are named by title and level, with the excerpt as their description', async ({ page }) => {
  const first = (await searchFromHome(page, 'celery')).first();
  await expect(first).toHaveAccessibleName('Caching and Queues Intermediate');
  await expect(first).toHaveAccessibleDescription(/celery/i);
});

test('a typo finds the intended word and says so', async ({ page }) => {
  await page.goto('');
  await open(page);
  await searchbox(page).fill('djnago');
  await expect(status(page)).toContainText('No results for “djnago”');
  await expect(status(page)).toContainText('for “django”');
  await expect(topHits(page).first().locator('.hit-title')).toHaveText(LESSONS.webFrameworks.title);
});

test('a very long query is shown shortened', async ({ page }) => {
  await page.goto('');
  await open(page);
  const query = 'how do I return problem details from my FastAPI application when validation fails';
  await searchbox(page).fill(query);
  await expect(status(page)).toContainText(`“${shortQuery(query)}”`);
  await expect(status(page)).not.toContainText(query);
});

test('/ on the search page focuses its own box, not the dialog', async ({ page }) => {
  await page.goto('search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search topics and sections' })).toBeFocused();
  await expect(dialog(page)).toBeHidden();
});

test('without JavaScript the search page says why and lists every topic', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const plain = await context.newPage();
  await plain.goto('search/?q=docker');
  await expect(plain.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  const browse = plain.getByRole('navigation', { name: 'Browse every topic' });
  await expect(browse.getByRole('link', { name: LESSONS.dockerBasics.title })).toHaveAttribute(
    'href',
    `${BASE_PATH}${LESSONS.dockerBasics.path}`,
  );
  // Three level pages, every topic and the comparison.
  expect(await browse.getByRole('link').count()).toBeGreaterThanOrEqual(3 + 22 + 1);
  await context.close();
});

test('a result opens its page with the search terms marked and the first in view', async ({ page }) => {
  const first = (await searchFromHome(page, 'celery')).first();
  await expect(first).toHaveAttribute('href', /\?highlight=celery$/);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.cachingAndQueues.title);
  const marks = page.locator('mark.search-highlight');
  await expect(marks.first()).toBeInViewport();
  await expect(marks.first()).toHaveText(/celery/i);
});

test('the marking code loads only when a page is opened with search terms', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(LESSONS.cachingAndQueues.path, { waitUntil: 'networkidle' });
  expect(fetched.filter((p) => /highlight/.test(p))).toEqual([]);
  await expect(page.locator('mark.search-highlight')).toHaveCount(0);
});
