/**
 * Practice as a learner meets it: self-check questions (keyboard only, with and without
 * JavaScript, accessible in both themes) and projects (pages, links from topics, progress).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sel } from '../../src/lib/hooks';
import { CORRECT_CHOICE, QUESTION_KIND } from '../../src/lib/hooks/quiz';
import { METER, STATUS_LABEL } from '../../src/lib/hooks/workspace';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const question = (page: Page, n: number) => page.locator('.check-yourself details.question').nth(n);

test('a multiple-choice question works from the keyboard alone, with feedback in words', async ({ page }) => {
  await page.goto(LESSONS.testing.path);
  const first = question(page, 0);
  // The right option, as the content marks it (CORRECT_CHOICE on the static list).
  const correct = await first
    .locator('ol.choices > li')
    .evaluateAll((items, attribute) => items.findIndex((li) => li.hasAttribute(attribute)), CORRECT_CHOICE);
  const letter = 'ABCDE'[correct] ?? '?';
  const wrong = correct === 0 ? 1 : 0;
  await first.locator(':scope > summary').focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
  const group = first.getByRole('group', { name: 'Your answer to question 1' });
  await expect(group).toBeVisible();
  await group.getByRole('radio').first().focus();
  for (let i = 0; i < correct; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first.getByRole('status')).toHaveText(`Correct: ${letter} is right.`);
  await expect(first.locator('details.answer .answer-text')).toBeVisible();
  await expect(first.getByRole('link', { name: /^Read more:/ })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first.locator('.quiz-feedback')).toHaveText('');
  await expect(first.locator('details.answer')).toBeHidden();
  await expect(first.getByRole('radio').first()).toBeFocused();
  await group.getByRole('radio').nth(wrong).check();
  await first.getByRole('button', { name: 'Check' }).click();
  // A first miss says so and keeps the answer back; the chosen option cannot be chosen again.
  await expect(first.getByRole('status')).toHaveText(
    `Not quite: ${'ABCDE'[wrong]} is not right. Try another answer, or show the answer.`,
  );
  await expect(first.locator('details.answer')).toBeHidden();
  await expect(group.getByRole('radio').nth(wrong)).toBeDisabled();
  await group.getByRole('radio').nth(correct).check();
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.getByRole('status')).toHaveText(`Correct at the second try: ${letter} is right.`);
  await expect(first.locator('details.answer .answer-text')).toBeVisible();
});

test('without JavaScript every question is a details element whose answer is a click away', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSONS.testing.path);
  const questions = page.locator('.check-yourself details.question');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(6);
  const first = questions.first();
  await expect(first.locator('.answer-text')).toBeHidden();
  await first.locator(':scope > summary').click();
  await expect(first.locator('ol.choices')).toBeVisible();
  await expect(first.locator('.answer-text')).toBeHidden();
  await first.getByText('Show the answer').click();
  await expect(first.locator('.answer-text')).toBeVisible();
  await expect(first.locator('.answer-text')).toContainText('Answer: B.');
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations with questions answered and open (${scheme})`, async ({ page }) => {
    test.setTimeout(AXE_TEST_TIMEOUT);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${LESSONS.testing.path}#check-yourself`);
    const first = question(page, 0);
    await first.locator(':scope > summary').click();
    await first.getByRole('radio').first().check();
    await first.getByRole('button', { name: 'Check' }).click();
    await expect(first.getByRole('status')).not.toHaveText('');
    const open = page.locator(`.check-yourself details.question[${QUESTION_KIND}="open"]`).first();
    await open.locator(':scope > summary').click();
    await open.getByText('Show the answer').click();
    await expect(open.locator('.answer-text')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('printing opens every question and puts the answers in a key after the last one', async ({ page }) => {
  await page.goto(`${LESSONS.testing.path}#check-yourself`);
  await expect(page.locator('.quiz-form').first()).toBeAttached();
  const count = await page.locator('.check-yourself details.question').count();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.check-yourself details.question .answer-text')).toHaveCount(0);
  const key = page.getByRole('region', { name: 'Answers' });
  await expect(key.locator('.answer-text')).toHaveCount(count);
  await expect(key.locator('.answer-text').last()).toBeVisible();
  // The key comes after the last question.
  const after = await page.evaluate(() => {
    const questions = document.querySelectorAll('.check-yourself details.question');
    const last = questions[questions.length - 1];
    const key = document.querySelector('.answer-key');
    return Boolean(last && key && last.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after).toBe(true);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(key).toHaveCount(0);
  await expect(page.locator('.check-yourself details.question details.answer')).toHaveCount(count);
});

test('every topic page has 4-6 questions and links to at least one project page that exists', () => {
  const topicPages = ['basic', 'intermediate', 'advanced'].flatMap((level) =>
    readdirSync(join(DIST, level), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(DIST, level, d.name, 'index.html')),
  );
  expect(topicPages).toHaveLength(22);
  for (const file of topicPages) {
    const html = readFileSync(file, 'utf8');
    const count = html.match(/<details class="question/g)?.length ?? 0;
    expect(count, file).toBeGreaterThanOrEqual(4);
    expect(count, file).toBeLessThanOrEqual(6);
    expect(html, file).toContain('id="check-yourself"');
    const projects = [...html.matchAll(new RegExp(`href="${BASE_PATH}projects/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]);
    expect(projects.length, file).toBeGreaterThan(0);
    for (const slug of projects) expect(readdirSync(join(DIST, 'projects')), file).toContain(slug);
  }
});

test('the projects page lists every project by level, and a project can be marked done', async ({ page }) => {
  await page.goto('projects/');
  const links = page.locator('.project-card h3 a');
  expect(await links.count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole('heading', { level: 2, name: 'Capstone', exact: true })).toBeVisible();
  await links.first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Done when' })).toBeVisible();
  await page.getByRole('group', { name: 'Status' }).getByRole('radio', { name: 'Done' }).check();
  await page.goto('projects/');
  await expect(page.locator(sel(METER))).toContainText('1 of 10 projects done');
  await expect(page.locator('.project-card').first().locator(sel(STATUS_LABEL))).toHaveText('Done');
  await page.goto('basic/');
  await expect(page.getByRole('heading', { name: 'Practise this level' })).toBeVisible();
});

test('search finds projects and filters by kind', async ({ page }) => {
  await page.goto('search/?q=capstone&kind=project');
  const list = page.getByRole('list', { name: 'Search results' });
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Filter by kind' })).toHaveValue('project');
  const hrefs = await list
    .locator(':scope > li a.hit-link')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toContain(`${BASE_PATH}projects/`);
});
