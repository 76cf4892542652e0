/**
 * Transparency: when a page last changed, how to edit it or report a problem (only when the site
 * knows its repository), and "What's new" with its RSS feed.
 */
import { BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

const REPOSITORY = 'https://github.com/example/python-backend-roadmap';

test('a lesson says when it was last updated and links to editing it and reporting a problem', async ({ page }) => {
  await page.goto(LESSONS.testing.path);
  const about = page.locator('.source-links');
  const time = about.locator('time');
  await expect(about).toContainText(/^(Last updated|Built) \d{1,2} \w+ 20\d\d/);
  expect(Number.isNaN(Date.parse((await time.getAttribute('datetime')) ?? ''))).toBe(false);
  await expect(about.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    `${REPOSITORY}/edit/main/content/topics/testing.mdx`,
  );
  const report = new URL((await about.getByRole('link', { name: 'Report a problem' }).getAttribute('href')) ?? '');
  expect(report.href.startsWith(`${REPOSITORY}/issues/new?`)).toBe(true);
  expect(report.searchParams.get('title')).toBe('Problem on “Testing”');
  expect(report.searchParams.get('body')).toContain(
    `Page: https://example.github.io${BASE_PATH}${LESSONS.testing.path}`,
  );
  const footer = page.getByRole('navigation', { name: 'Footer' });
  await expect(footer.getByRole('link', { name: 'Contribute' })).toHaveAttribute(
    'href',
    `${REPOSITORY}/blob/main/CONTRIBUTING.md`,
  );
});

test('a copy built without a repository leaves the source links out cleanly', async ({ page }) => {
  await page.goto(`second-copy/${LESSONS.testing.path}`);
  const about = page.locator('.source-links');
  await expect(about.locator('time')).toBeVisible();
  // No link to a repository it does not have; the page's own Markdown twin stays.
  await expect(about.getByRole('link')).toHaveText(['Markdown version']);
  const footer = page.getByRole('navigation', { name: 'Footer' });
  await expect(footer.getByRole('link', { name: 'Source' })).toHaveCount(0);
  await expect(footer.getByRole('link', { name: 'What’s new' })).toBeVisible();
});

test("What's new lists changes newest first and its feed carries the same", async ({ page, request }) => {
  await page.goto('whats-new/');
  const dates = await page
    .locator('.changes time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(2);
  expect([...dates].sort().reverse()).toEqual(dates);
  const titles = await page.locator('.changes h2').allTextContents();

  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(feedHref).toBe(`${BASE_PATH}rss.xml`);
  const xml = await (await request.get(feedHref ?? '')).text();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent ?? '',
        date: item.querySelector('pubDate')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.items.map((i) => i.title)).toEqual(titles);
  for (const item of feed.items) {
    expect(item.link.startsWith(`https://example.github.io${BASE_PATH}`)).toBe(true);
    expect(Number.isNaN(Date.parse(item.date))).toBe(false);
  }
});
