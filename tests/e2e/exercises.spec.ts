/**
 * Graded exercises in the browser (issue 23, the learner's side). One browser page serves the file (serial, shared page, the service worker running as for a reader). Every
 * exercise's solutions are proved by the build and the unit tests; here a few representative
 * ones (plain functions, unittest.mock, asyncio) run in the real in-browser runtime, correct and
 * wrong. Budgets: a page's first Check starts its own Python worker (the runtime's files come
 * from Cache Storage after the first), 90 s: 2-20 s here, up to 40 s seen with the machine busy;
 * each later Check 20 s (about 1 s).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { load } from 'js-yaml';
import { sel } from '../../src/lib/hooks';
import { EXERCISE_CODE, EXERCISE_STATE } from '../../src/lib/hooks/exercise';
import { EXERCISE_COUNTS, EXERCISE_ID, EXERCISE_STATUS_TEXT } from '../../src/lib/hooks/exercise-list';
import { exerciseFileSchema } from '../../src/schemas/exercise';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, reveal, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const LOAD_BUDGET = 90_000;
const CHECK_BUDGET = 20_000;
const KEY = `pbr-progress:${BASE_PATH}`;

/** Representative exercises (plain functions, unittest.mock, asyncio): topic file, exercise id, level. */
const REPRESENTATIVE = [
  ['learn-python-basics', 'basics-parse-setting'],
  ['testing', 'testing-mock-mailer'],
  ['asynchronous-programming', 'async-fetch-all'],
].map(([topic = '', id = '']) => [topic, id, levelOf(topic)] as const);

/** A topic's level, from its lesson's frontmatter. */
function levelOf(topic: string): string {
  const level = /^level:\s*(\w+)/m.exec(readFileSync(`content/topics/${topic}.mdx`, 'utf8'))?.[1];
  if (!level) throw new Error(`content/topics/${topic}.mdx has no level`);
  return level;
}

function exercise(topic: string, id: string) {
  const data = exerciseFileSchema.parse(load(readFileSync(`content/exercises/${topic}.yaml`, 'utf8')));
  const found = data.exercises.find((e) => e.id === id);
  if (!found) throw new Error(`content/exercises/${topic}.yaml has no exercise ${id}`);
  return found;
}
const pathOf = (level: string, topic: string, id: string) => `${level}/${topic}/exercises/${id}/`;

let page: Page;
const problems: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text().slice(0, 200)}`));
});
test.afterAll(async () => page.context().close());

const result = () => page.locator('.exercise-result');
const editor = () => page.getByRole('textbox', { name: 'Your code for this exercise' });

/** Puts `code` in the editor (opening it) and presses Check. */
async function check(code: string): Promise<void> {
  // The controls are created once the stored progress is read; Edit is not offered when the
  // editor is open or opening (with the code last checked).
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
  const edit = page.getByRole('button', { name: 'Edit the code' });
  if (await edit.isVisible()) await edit.click();
  await editor().fill(code);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
}

for (const [topic, id, level] of REPRESENTATIVE) {
  test(`${id}: a wrong solution fails its named check, the reference solution passes every check`, async () => {
    test.setTimeout(LOAD_BUDGET + 3 * CHECK_BUDGET);
    const ex = exercise(topic, id);
    await page.goto(pathOf(level, topic, id));
    const wrong = ex.wrong[0];
    if (!wrong) throw new Error('no wrong solution');
    await check(wrong.code);
    const failing = ex.checks.find((c) => c.name === wrong.fails);
    await expect(result().locator('.exercise-summary')).toHaveText(/^\d+ of \d+ checks pass\.$/, {
      timeout: LOAD_BUDGET,
    });
    await expect(result().getByRole('list', { name: 'Failing checks' })).toContainText(
      (failing?.message ?? '').replaceAll('`', '').slice(0, 30),
    );
    await expect(page.locator(sel(EXERCISE_STATE))).toHaveText('Your status: Attempted.');
    await check(ex.solution);
    await expect(result().locator('.exercise-summary')).toHaveText(`All ${ex.checks.length} checks pass.`, {
      timeout: CHECK_BUDGET,
    });
    await expect(page.locator(sel(EXERCISE_STATE))).toHaveText('Your status: Solved.');
  });
}

test('a syntax error says the code did not run, with its line', async () => {
  await check('def parse_setting(line):\n    return (\n');
  await expect(result()).toContainText('0 of', { timeout: CHECK_BUDGET });
  await expect(result()).toContainText('Your code did not run: SyntaxError');
});

test('status and code are kept after a reload, and shown on the topic page and /exercises/', async () => {
  const [topic, id, level] = REPRESENTATIVE[0] ?? ['', '', ''];
  const ex = exercise(topic, id);
  await page.goto(pathOf(level, topic, id));
  await expect(page.locator(sel(EXERCISE_STATE))).toHaveText('Your status: Solved.');
  await expect(editor()).toHaveValue(ex.solution);
  // The solution is offered now that the learner has tried.
  await expect(page.locator('details.solution')).toBeVisible();
  await page.goto(`${level}/${topic}/#exercises`);
  await expect(page.locator(`[${EXERCISE_ID}="${id}"] ${sel(EXERCISE_STATUS_TEXT)}`)).toHaveText('Solved');
  await expect(page.locator(`#exercises ~ p, .topic-exercises ${sel(EXERCISE_COUNTS)}`).last()).toContainText(
    /1 of \d+ exercises solved/,
  );
  await page.goto('exercises/');
  await page.getByRole('radio', { name: 'Solved' }).check();
  await expect(page.locator(`${sel(EXERCISE_ID)}:visible`)).toHaveCount(REPRESENTATIVE.length);
  await page.getByRole('radio', { name: 'Not started' }).check();
  await expect(page.locator(`[${EXERCISE_ID}="${id}"]`)).toBeHidden();
});

test('hints open one at a time; the solution is offered only through "Show the solution", which counts as seen', async () => {
  const ex = exercise('version-control-git', 'git-parse-log');
  await page.goto(pathOf('basic', 'version-control-git', 'git-parse-log'));
  const hints = page.locator('details.hint');
  await expect(hints.nth(0)).toBeVisible();
  if (ex.hints.length > 1) {
    await expect(hints.nth(1)).toBeHidden();
    await hints.nth(0).locator('summary').click();
    await expect(hints.nth(1)).toBeVisible();
  }
  await expect(page.locator('details.solution')).toBeHidden();
  const show = page.getByRole('button', { name: 'Show the solution' });
  await expect(show).toHaveAccessibleDescription(/counts as seen/);
  await show.click();
  await expect(page.locator('details.solution')).toHaveAttribute('open', '');
  await expect(page.locator('details.solution summary')).toBeFocused();
  await expect(page.locator(sel(EXERCISE_STATE))).toHaveText('Your status: Attempted (solution seen).');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
  expect(stored.exercises['git-parse-log']).toMatchObject({ status: 'attempted', solutionSeen: true });
});

test('keyboard only: Edit, type, Ctrl+Enter checks, Escape then Tab reaches Check', async () => {
  test.setTimeout(LOAD_BUDGET + CHECK_BUDGET);
  await page.goto(pathOf('basic', 'version-control-git', 'git-next-version'));
  const edit = page.getByRole('button', { name: 'Edit the code' });
  for (let i = 0; i < 60 && !(await edit.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor()).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\ndef next_version(current, subjects):\n    return current');
  await page.keyboard.press('Control+Enter');
  await expect(result().locator('.exercise-summary')).toHaveText(/^\d+ of \d+ checks pass\.$/, {
    timeout: LOAD_BUDGET,
  });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
});

// On the keyboard test's page, its failing feedback still shown: no second Python start.
for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations with feedback shown (${scheme})`, async () => {
    test.setTimeout(AXE_TEST_TIMEOUT);
    await page.emulateMedia({ colorScheme: scheme });
    await expect(result().getByRole('list', { name: 'Failing checks' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: null });
  });
}

test('export and import carry exercise code', async ({ browserName: _ }, testInfo) => {
  test.setTimeout(60_000);
  await page.goto('');
  await reveal(page, 'tools');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  const [topic, id] = REPRESENTATIVE[0] ?? ['', ''];
  const solved = exercise(topic, id).solution;
  expect(exported.exercises[id]).toMatchObject({ status: 'solved', code: solved });
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: /exercises \(\d+ solved, \d+ attempted\)/ })).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
  expect(stored.exercises).toEqual(exported.exercises);
});

test('after a first online Check, Check works offline', async () => {
  test.setTimeout(LOAD_BUDGET + CHECK_BUDGET);
  const [topic, id, level] = REPRESENTATIVE[0] ?? ['', '', ''];
  await page.goto(pathOf(level, topic, id));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  try {
    await page.reload();
    await check(exercise(topic, id).solution);
    await expect(result().locator('.exercise-summary')).toHaveText(/^All \d+ checks pass\.$/, {
      timeout: LOAD_BUDGET,
    });
  } finally {
    await page.context().setOffline(false);
  }
});

test('without JavaScript: prompt, starter, hints and solution readable, no buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  const ex = exercise('version-control-git', 'git-parse-log');
  await noJs.goto(pathOf('basic', 'version-control-git', 'git-parse-log'));
  await expect(noJs.getByRole('heading', { level: 1 })).toHaveText(ex.title);
  await expect(noJs.locator('.exercise-prompt')).toContainText('parse_log(text)');
  await expect(noJs.locator(`${sel(EXERCISE_CODE)} pre`)).toContainText('def parse_log(text):');
  await expect(noJs.locator('details.hint')).toHaveCount(ex.hints.length);
  await noJs.locator('details.solution summary').click();
  await expect(noJs.locator('details.solution pre')).toContainText('commits.append');
  await expect(noJs.locator('main button, article button')).toHaveCount(0);
  // The hidden checks are not in the page.
  expect(await noJs.content()).not.toContain(ex.checks[0]?.code.trim().split('\n')[0] ?? '');
  await context.close();
});

test('search finds exercises as a third kind, below the lesson that owns the term', async ({ page: fresh }) => {
  await fresh.goto('search/?q=bisect');
  const links = fresh.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  const lesson = hrefs.findIndex((h) => /\/version-control-git\/(\?|#|$)/.test(h));
  const practice = hrefs.findIndex((h) => h.includes('/exercises/git-bisect/'));
  expect(lesson, hrefs.join('\n')).toBeGreaterThanOrEqual(0);
  expect(practice, hrefs.join('\n')).toBeGreaterThan(lesson);
  await fresh.goto('search/?q=bisect&kind=exercise');
  await expect(fresh.getByRole('combobox', { name: 'Filter by kind' })).toHaveValue('exercise');
  await expect(links.first()).toHaveAttribute('href', /\/exercises\/git-bisect\//);
});

test('no console error or page error happened', () => {
  expect(problems).toEqual([]);
});
