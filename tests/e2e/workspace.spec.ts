/**
 * The learner's workspace as a learner uses it: statuses by keyboard, the map, notes, "continue",
 * the pace planner, other tabs.
 */
import type { Page } from '@playwright/test';
import { sel } from '../../src/lib/hooks';
import { CONTINUE_SLOT, ITEM, METER, NOTES_PRINT, STATUS, STATUS_LABEL } from '../../src/lib/hooks/workspace';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, reveal, test } from './fixtures';
import { LESSONS } from './pages';

const KEY = `pbr-progress:${BASE_PATH}`;
const statusGroup = (page: Page) => page.getByRole('group', { name: 'Status' });
const mapItem = (page: Page, id: string) => page.locator(`#map [${ITEM}="${id}"]`);

test('each status can be set by keyboard on a topic page and is there after a reload', async ({ page }) => {
  await page.goto(LESSONS.testing.path);
  await expect(statusGroup(page).getByRole('radio', { name: 'Not started' })).toBeChecked();
  for (const name of ['In progress', 'Done', 'Skipped'] as const) {
    await statusGroup(page).getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(statusGroup(page).getByRole('radio', { name })).toBeChecked();
    await page.reload();
    await expect(statusGroup(page).getByRole('radio', { name })).toBeChecked();
  }
});

test('a status set on a topic page shows in words on the level page and on the map', async ({ page }) => {
  for (const [name, status] of [
    ['In progress', 'in-progress'],
    ['Skipped', 'skipped'],
  ] as const) {
    await page.goto(LESSONS.testing.path);
    await statusGroup(page).getByRole('radio', { name }).check();
    await page.goto('intermediate/');
    await expect(page.locator(`.step[${ITEM}="testing"] ${sel(STATUS_LABEL)}`)).toHaveText(name);
    await page.goto('');
    await expect(mapItem(page, 'testing')).toHaveAttribute(STATUS, status);
    await expect(mapItem(page, 'testing').locator(sel(STATUS_LABEL))).toHaveText(name);
  }
});

test('the one-click done toggle on the home page shows the status and counts', async ({ page }) => {
  await page.goto('');
  const step = page.locator(`.step[${ITEM}="docker-basics"]`);
  const toggle = step.getByRole('button', { name: 'Mark “Docker Basics” as done' });
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(step.locator(sel(STATUS_LABEL))).toHaveText('Done');
  await expect(mapItem(page, 'docker-basics')).toHaveAttribute(STATUS, 'done');
  await expect(page.locator(`.overview ${sel(METER)}`)).toContainText('1 of 22 topics done');
  await page.goto(LESSONS.dockerBasics.path);
  await expect(statusGroup(page).getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Mark “Docker Basics” as done' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('at 1280×800 the whole map fits in one screen once #map is at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('#map');
  await page.locator('#map').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const links = page.locator('#map .map-topics a');
  await expect(links).toHaveCount(22);
  const boxes = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  for (const box of boxes) {
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(800);
  }
});

test('at 375 px the map is one column without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
  const lefts = await page.locator('#map .lane').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
  expect(new Set(lefts).size).toBe(1);
});

test('a note is saved as the learner types and is there after a reload, and in print', async ({ page }) => {
  await page.goto(LESSONS.learnPythonBasics.path);
  await reveal(page, 'notes');
  const notes = page.getByRole('textbox', { name: 'My notes' });
  await notes.fill('Remember: <b>dict</b> keys must be hashable.');
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await reveal(page, 'notes');
  await expect(page.getByRole('textbox', { name: 'My notes' })).toHaveValue(
    'Remember: <b>dict</b> keys must be hashable.',
  );
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const printed = page.locator(sel(NOTES_PRINT));
  await expect(printed).toBeVisible();
  await expect(printed).toHaveText('Remember: <b>dict</b> keys must be hashable.');
  await expect(printed.locator('b')).toHaveCount(0);
});

test('a note of 20,000 characters is kept whole', async ({ page }) => {
  await page.goto(LESSONS.learnPythonBasics.path);
  await reveal(page, 'notes');
  const notes = page.getByRole('textbox', { name: 'My notes' });
  const long = `${'x'.repeat(19_990)} the end.`;
  await notes.fill(long);
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await reveal(page, 'notes');
  await expect(page.getByRole('textbox', { name: 'My notes' })).toHaveValue(long);
});

test('the home page says where to continue once there is progress', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { name: 'Continue' })).toHaveCount(0);
  await page.goto(LESSONS.learnPythonBasics.path);
  await statusGroup(page).getByRole('radio', { name: 'Done' }).check();
  await page.goto(LESSONS.commandLineBasics.path);
  await page.goto('');
  const box = page.locator(sel(CONTINUE_SLOT));
  await expect(box.getByRole('heading', { name: 'Continue' })).toBeVisible();
  await expect(box.getByRole('link', { name: LESSONS.commandLineBasics.title })).toBeVisible();
  await expect(box.getByRole('link', { name: LESSONS.versionControlGit.title })).toBeVisible();
});

test('the pace planner projects finish dates from weekly hours, as ranges', async ({ page }) => {
  await page.goto('');
  await reveal(page, 'planner');
  const hours = page.getByRole('spinbutton', { name: 'Hours I can study per week' });
  await hours.fill('10');
  await hours.press('Tab');
  const plan = page.locator('.plan-output');
  await expect(plan).toContainText(/Basic: about \d+–\d+ h left, done between \d+ \w+ \d{4} and \d+ \w+ \d{4}/);
  await expect(page.locator('.planner-slot').getByRole('status')).toContainText(
    /The whole roadmap, at 10 h a week: around/,
  );
  // A value out of range is stored within range, and the box shows what is stored.
  await hours.fill('0.3');
  await hours.press('Tab');
  await expect(hours).toHaveValue('1');
  await hours.fill('10');
  await hours.press('Tab');
  await page.reload();
  await reveal(page, 'planner');
  await expect(page.getByRole('spinbutton', { name: 'Hours I can study per week' })).toHaveValue('10');
});

test('a second open tab follows status changes', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('');
  const topic = await context.newPage();
  await topic.goto(LESSONS.cloudDeployment.path);
  await statusGroup(topic).getByRole('radio', { name: 'In progress' }).check();
  await expect(mapItem(home, 'cloud-deployment').locator(sel(STATUS_LABEL))).toHaveText('In progress');
  await expect(home.locator(`#map [${ITEM}="cloud-deployment"]`)).toHaveAttribute(STATUS, 'in-progress');
  expect(await home.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').version, KEY)).toBe(5);
});

const WITH_STATUSES = JSON.stringify({
  version: 4,
  items: {
    'learn-python-basics': { status: 'done', at: '2026-11-01T00:00:00.000Z' },
    'version-control-git': { status: 'in-progress', at: '2026-11-01T00:00:00.000Z' },
    'command-line-basics': { status: 'skipped', at: '2026-11-01T00:00:00.000Z' },
  },
  notes: { testing: { text: 'A note', at: '2026-11-01T00:00:00.000Z' } },
  quiz: {},
  last: { id: 'version-control-git', at: '2026-11-01T00:00:00.000Z' },
});

// One axe run per test: each page and theme is its own test, well inside its budget.
for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['', LESSONS.testing.path]) {
    test(`no axe violations with statuses set and the workspace open: /${path} (${scheme})`, async ({ page }) => {
      test.setTimeout(AXE_TEST_TIMEOUT);
      await page.addInitScript(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [KEY, WITH_STATUSES]);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path === '') {
        await expect(mapItem(page, 'learn-python-basics').locator(sel(STATUS_LABEL))).toHaveText('Done');
        await expect(page.getByRole('heading', { name: 'Continue' })).toBeVisible();
        await reveal(page, 'planner');
      } else {
        await expect(statusGroup(page)).toBeVisible();
        await reveal(page, 'notes');
        await expect(page.getByRole('textbox', { name: 'My notes' })).toHaveValue('A note');
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the map reads and navigates with JavaScript off, showing no status', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('');
  const map = page.getByRole('region', { name: 'The roadmap at a glance' });
  // 22 topics, and per level its page, its projects and its exercises.
  await expect(map.getByRole('link')).toHaveCount(22 + 3 + 3 + 3);
  await expect(map.locator(`${sel(STATUS_LABEL)}:not(:empty)`)).toHaveCount(0);
  await map.getByRole('link', { name: LESSONS.testing.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS.testing.title);
  await context.close();
});
