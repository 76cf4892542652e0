import { axeViolations, BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

test.describe('home page', () => {
  test('shows the three levels with 22 linked topics and their subtopics', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Python Backend Developer Roadmap');
    const levels = page.locator('section.level');
    await expect(levels).toHaveCount(3);
    await expect(levels.locator('h2')).toHaveText([
      /Basic Level\s*\(Foundations\)/,
      /Intermediate Level\s*\(Core Backend Skills\)/,
      /Advanced Level\s*\(Specialization and Optimization\)/,
    ]);
    const topicLinks = page.locator('section.level .step .title a');
    await expect(topicLinks).toHaveCount(22);
    for (const href of await topicLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${BASE_PATH}(basic|intermediate|advanced)/[a-z0-9-]+/$`));
    }
    await expect(
      page.locator('#intermediate').getByRole('link', { name: LESSONS.asynchronousProgramming.title, exact: true }),
    ).toBeVisible();
    await expect(
      page.locator('#basic').getByRole('link', { name: 'Learn pip for managing dependencies' }),
    ).toBeVisible();
    await expect(
      page.locator('#advanced').getByRole('list', { name: 'Advanced Level technologies' }).getByRole('listitem'),
    ).toHaveText(['AWS', 'Kubernetes', 'Prometheus', 'Terraform']);
    await expect(page.getByRole('link', { name: 'comparison of backend technologies' })).toHaveAttribute(
      'href',
      `${BASE_PATH}comparison/`,
    );
  });

  test('/#advanced lands on the Advanced level', async ({ page }) => {
    await page.goto('#advanced');
    const heading = page.getByRole('heading', { level: 2, name: /Advanced Level/ });
    await expect(heading).toBeInViewport();
    // Smooth scrolling may animate the jump; wait for the section to settle at the top.
    await expect
      .poll(() => page.locator('#advanced').evaluate((el) => Math.abs(el.getBoundingClientRect().top)))
      .toBeLessThan(40);
  });
});

test.describe('topic page', () => {
  test('shows level and position, subtopic sections with anchors, and previous/next across levels', async ({
    page,
  }) => {
    await page.goto(LESSONS.webFrameworks.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.webFrameworks.title);
    await expect(page.locator('.eyebrow')).toHaveText('Intermediate · 1 of 9');
    for (const name of [
      'Learn Flask (Basic Routes, Templates, Static Files)',
      'Explore Django (Models, Views, Templates, ORM)',
      'Introduction to FastAPI (Asynchronous programming, Pydantic for validation)',
    ]) {
      const heading = page.getByRole('heading', { level: 2, name, exact: true });
      await expect(heading).toBeVisible();
      const id = await heading.getAttribute('id');
      await expect(page.getByRole('link', { name: `Link to section: ${name}` })).toHaveAttribute('href', `#${id}`);
    }
    const pager = page.getByRole('navigation', { name: 'Previous and next topic' });
    await expect(pager.getByRole('link', { name: /Intro to HTTP and REST APIs/ })).toHaveAttribute(
      'href',
      `${BASE_PATH}${LESSONS.httpAndRestApis.path}`,
    );
    await expect(pager.getByRole('link', { name: /Working with Databases/ })).toHaveAttribute(
      'href',
      `${BASE_PATH}${LESSONS.databases.path}`,
    );
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText([
      'Roadmap',
      'Intermediate Level',
    ]);
    await expect(page.getByRole('heading', { name: 'You can move on when you can…' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Resources' })).toBeVisible();
  });

  test('a subtopic link from the home page lands on its section', async ({ page }) => {
    await page.goto('');
    await page.locator('#intermediate').getByRole('link', { name: 'Learn asyncio and await' }).click();
    await expect(page).toHaveURL(/intermediate\/asynchronous-programming\/#learn-asyncio-and-await$/);
    await expect(page.getByRole('heading', { name: 'Learn asyncio and await' })).toBeInViewport();
  });

  test('shows the table of contents beside the lesson on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(LESSONS.advancedTopics.path);
    const toc = page.getByRole('navigation', { name: 'On this page', exact: true });
    // The seed's subtopics and, marked, the further sections the lesson adds, in body order.
    const names = [
      'Websockets for Real-time Communication',
      'Server-Sent Events for one-way push (further section)',
      'Event-Driven Architecture',
      'Transactional outbox with a relay (further section)',
      'Kafka producers and poison messages (further section)',
      'Consumer groups, exactly-once limits and CQRS (further section)',
      'Advanced Asynchronous Libraries (Trio, AnyIO)',
      'You can move on when you can…',
      'Check yourself',
      'Exercises',
      'Practise this in',
      'Resources',
      'Related topics',
    ];
    await expect(toc.getByRole('link')).toHaveCount(names.length);
    for (const [i, name] of names.entries()) await expect(toc.getByRole('link').nth(i)).toHaveAccessibleName(name);
    await expect(
      toc.getByRole('link', { name: 'Transactional outbox with a relay (further section)' }),
    ).toHaveAttribute('href', '#transactional-outbox-with-a-relay');
    await expect(page.getByText('Further section: beyond the roadmap’s list of subtopics')).toHaveCount(4);
    const tocBox = await toc.boundingBox();
    const lessonBox = await page.locator('article.lesson').boundingBox();
    expect(tocBox && lessonBox && tocBox.x > lessonBox.x + lessonBox.width - 1).toBe(true);
  });
});

test.describe('comparison page', () => {
  test('has an accessible table of 8 aspects by 3 stacks with text in every cell', async ({ page }) => {
    await page.goto('comparison/');
    const table = page.getByRole('table', { name: /Backend technologies compared/ });
    // Python, the stack the roadmap teaches, comes first (learner test 2026-12, finding 20).
    await expect(table.getByRole('columnheader')).toHaveText([
      'Aspect',
      'Python (Flask/Django/FastAPI)',
      'Java (Spring Boot)',
      'JavaScript (Express.js)',
    ]);
    await expect(table.getByRole('rowheader')).toHaveText([
      'Framework',
      'Language',
      'Speed',
      'Ease of Use',
      'Database Integration',
      'Community Support',
      'Asynchronous Support',
      'Use Cases',
    ]);
    const cells = table.getByRole('cell');
    await expect(cells).toHaveCount(24);
    for (const text of await cells.allTextContents()) expect(text.trim()).not.toBe('');
    await expect(table.getByRole('row', { name: /Speed/ }).getByRole('cell')).toHaveText([
      'Moderate to High (FastAPI excels)',
      'High',
      'Moderate',
    ]);
  });

  test('stays usable on a 375 px phone: the table scrolls inside its region, the page does not', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('comparison/');
    const region = page.getByRole('region', { name: /Backend technologies compared/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expect(page.getByRole('rowheader', { name: 'Use Cases' })).toBeVisible();
  });
});

test.describe('theme', () => {
  const bodyBg = (page: import('@playwright/test').Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('the control shows the choice, works by keyboard, persists across pages and returns to the system', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    const toggle = page.getByRole('button', { name: /^Colour theme/ });
    await expect(toggle).toHaveAccessibleName('Colour theme: system');
    await expect(toggle).toHaveAttribute('title', 'Colour theme: system');
    await toggle.focus();
    // The first press always changes what the reader sees: the system is light, so dark.
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAccessibleName('Colour theme: dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBg(page)).toBe('rgb(15, 23, 42)');
    await page.goto('comparison/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBg(page)).toBe('rgb(15, 23, 42)');
    await page.getByRole('button', { name: 'Colour theme: dark' }).press('Space');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Colour theme: light' })).toBeVisible();
    // Third press: back to following the system, which survives a reload and a system change.
    await page.getByRole('button', { name: 'Colour theme: light' }).press('Enter');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Colour theme: system' })).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bodyBg(page)).toBe('rgb(15, 23, 42)');
  });

  test('follows the system theme when no choice is stored', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    await expect(page.getByRole('button', { name: 'Colour theme: system' })).toBeVisible();
    expect(await bodyBg(page)).toBe('rgb(15, 23, 42)');
    // From a dark system, the first press goes light.
    await page.getByRole('button', { name: 'Colour theme: system' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all content and navigation are there, and no dead controls', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('section.level .step .title a')).toHaveCount(22);
    await expect(page.getByRole('button', { name: /Colour theme/ })).toBeHidden();
    await expect(page.getByRole('button', { name: /Mark .* as done/ })).toHaveCount(0);
    await expect(page.getByText(/topics done/).filter({ visible: true })).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intermediate' }).click();
    await expect(page).toHaveURL(`${BASE_PATH}intermediate/`);
    await page.getByRole('link', { name: LESSONS.testing.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Mocking and Coverage Reports' })).toBeVisible();
    await expect(page.locator('pre.astro-code').first()).toBeVisible();
    await page.getByRole('link', { name: 'Next: Docker Basics', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.dockerBasics.title);
  });

  test('the header search is a plain form that goes to the search page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('basic/');
    await page.getByRole('searchbox', { name: 'Search the roadmap' }).fill('celery');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(`${BASE_PATH}search/?q=celery`);
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  });
});

test.describe('layout', () => {
  for (const path of [
    '',
    'intermediate/',
    LESSONS.asynchronousProgramming.path,
    'comparison/',
    'search/',
    LESSONS.advancedSecurity.path,
  ]) {
    test(`no horizontal scroll at 375 px: /${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  }
});

test('a missing page gets a helpful 404', async ({ page, pageErrors }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  // The browser logs the 404 status of the page itself.
  expect(pageErrors).toEqual([
    'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
  ]);
  pageErrors.length = 0;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /Basic Level/ })).toHaveAttribute('href', `${BASE_PATH}basic/`);
  expect(await axeViolations(page)).toEqual([]);
});

test('every page has a canonical URL, a description and Open Graph tags', async ({ page }) => {
  for (const path of ['', 'basic/', LESSONS.learnPythonBasics.path, 'comparison/', 'search/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `https://example.github.io${BASE_PATH}${path}`,
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      `https://example.github.io${BASE_PATH}${path}`,
    );
  }
  const robots = await (await page.request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: https://example.github.io${BASE_PATH}sitemap-index.xml`);
});
