/**
 * The self-check as a learning loop (learner test 2026-12, findings 1, 3, 4, 15): cards fit a
 * phone, "Show the answer" on request, each question's last result kept and shown beside the
 * lesson's status and on the map, and a link to a question opens it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sel } from '../../src/lib/hooks';
import { CORRECT_CHOICE, QUESTION_KIND, QUIZ_TALLY } from '../../src/lib/hooks/quiz';
import { ITEM, QUIZ_LABEL } from '../../src/lib/hooks/workspace';
import { BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

const KEY = `pbr-progress:${BASE_PATH}`;

const DIST = new URL('../../dist/', import.meta.url).pathname;
const BUILT_LESSONS = ['basic', 'intermediate', 'advanced'].flatMap((level) =>
  readdirSync(join(DIST, level), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${level}/${d.name}/`),
);

test('finding 1: every lesson is checked', () => {
  expect(BUILT_LESSONS.length).toBeGreaterThanOrEqual(20);
});

for (const path of BUILT_LESSONS) {
  test(`finding 1: /${path} never scrolls sideways at 320 or 375 px, every question and answer open`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${path}#check-yourself`);
    await expect(page.locator('.quiz-form').first()).toBeAttached();
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('.check-yourself details')) {
        d.hidden = false;
        d.open = true;
      }
    });
    const wide: string[] = [];
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 700 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      if (overflow > 0) wide.push(`${width} px: ${overflow} px too wide`);
    }
    expect(wide).toEqual([]);
  });
}

test('findings 3 and 4: "Show the answer", and each result kept beside the status and on the map', async ({ page }) => {
  await page.goto(`${LESSONS.testing.path}#check-yourself`);
  const questions = page.locator(`.check-yourself details.question[${QUESTION_KIND}="choice"]`);
  const total = await questions.count();
  const first = questions.nth(0);
  const second = questions.nth(1);
  await first.locator(':scope > summary').click();
  const correct = await first
    .locator('ol.choices > li')
    .evaluateAll((items, attribute) => items.findIndex((li) => li.hasAttribute(attribute)), CORRECT_CHOICE);
  await first.getByRole('radio').nth(correct).check();
  await first.getByRole('button', { name: 'Check' }).click();
  await second.locator(':scope > summary').click();
  await expect(second.locator('details.answer')).toBeHidden();
  await second.getByRole('button', { name: 'Show the answer' }).click();
  await expect(second.locator('details.answer .answer-text')).toBeVisible();
  await expect(second.getByRole('radio').first()).toBeDisabled();
  const summary = `1 of ${total} correct (2 of ${total} answered)`;
  await expect(page.locator(sel(QUIZ_TALLY))).toHaveText(`Your last results: ${summary}.`);

  await page.reload();
  await expect(page.getByRole('group', { name: /^Status/ })).toContainText(`Self-check: ${summary}`);
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
  expect(saved.version).toBe(5);
  expect(Object.values(saved.quiz.testing.answers)).toEqual([true, false]);

  await page.goto('');
  await expect(page.locator(`.map-topics [${ITEM}="testing"] ${sel(QUIZ_LABEL)}`)).toHaveText(`Self-check: ${summary}`);
  await page.goto('intermediate/');
  await expect(page.locator(`.steps [${ITEM}="testing"] ${sel(QUIZ_LABEL)}`)).toHaveText(`Self-check: ${summary}`);
});

test('finding 15: a link to a question opens it', async ({ page }) => {
  await page.goto(`${LESSONS.webFrameworks.path}#question-flask-int-converter`);
  const target = page.locator('#question-flask-int-converter');
  await expect(target).toHaveAttribute('open', '');
  await expect(target.getByRole('group', { name: /^Your answer/ })).toBeVisible();
});
