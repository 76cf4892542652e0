/**
 * A first visit that orients (learner test 2026-12, findings 6, 11, 12, 19): the way in and the
 * Java/JavaScript path in the hero, how to use the roadmap before the progress tools, Reset set
 * apart as destructive, a planner that follows the typing, and level links that land on their heading.
 */
import { sel } from '../../src/lib/hooks';
import { CONTINUE_SLOT, ITEM, METER } from '../../src/lib/hooks/workspace';
import { BASE_PATH, expect, reveal, test } from './fixtures';

const KEY = `pbr-progress:${BASE_PATH}`;

test('finding 11 and 12: a first visit meets the way in, then how to use it, then the progress tools', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('');
  await expect(page.getByRole('link', { name: /^Start with / })).toBeInViewport();
  const java = page.getByRole('link', { name: 'Coming from Java or JavaScript?' });
  await expect(java).toBeInViewport();
  expect(new URL((await java.getAttribute('href')) ?? '', 'http://x').hash).toBe('#start-here');
  const order = await page.evaluate(() => {
    const at = (id: string) => document.getElementById(id);
    const how = at('how-to-use');
    const progress = at('your-progress');
    return Boolean(how && progress && how.compareDocumentPosition(progress) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(order).toBe(true);
  // No progress yet: no "0 of 22" meter, one line saying what will be there.
  await expect(page.locator(`.overview ${sel(METER)}`)).toBeHidden();
  await expect(page.getByText('Give a topic a status and your progress shows here.')).toBeAttached();
  await reveal(page, 'tools');
  const buttons = page.locator('.progress-tools button');
  await expect(buttons).toHaveText(['Export progress', 'Import progress', 'Print checklist', 'Reset progress']);
  await expect(buttons.last()).toHaveClass(/\bdanger\b/);
  // Once there is progress, the meter shows.
  await page.locator(`.steps [${ITEM}="learn-python-basics"] .done-button`).click();
  await expect(page.locator(`.overview ${sel(METER)}`)).toBeVisible();
  await expect(page.locator(`.overview ${sel(METER)}`)).toContainText('1 of 22 topics done');
});

test('finding 6: the planner follows the typing and says when it clamps', async ({ page }) => {
  await page.goto('');
  await reveal(page, 'planner');
  const hours = page.getByRole('spinbutton', { name: 'Hours I can study per week' });
  const status = page.locator('.planner-slot').getByRole('status');
  await hours.pressSequentially('10');
  await expect(status).toContainText('The whole roadmap, at 10 h a week: around');
  await expect(hours).toBeFocused();
  await hours.fill('200');
  await expect(status).toContainText('The planner counts at most 80 h a week. The whole roadmap, at 80 h a week');
  await hours.fill('12');
  await expect(status).toHaveText(/^The whole roadmap, at 12 h a week/);
});

for (const width of [375, 1280]) {
  test(`finding 19: /#intermediate lands on its heading at ${width} px, also with progress`, async ({ page }) => {
    const at = new Date().toISOString();
    const saved = JSON.stringify({
      version: 4,
      items: { 'learn-python-basics': { status: 'done', at } },
      notes: {},
      quiz: {},
      last: { id: 'learn-python-basics', at },
      hoursPerWeek: 10,
    });
    await page.addInitScript(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [KEY, saved]);
    await page.setViewportSize({ width, height: 800 });
    await page.goto('#intermediate');
    // Everything that starts at load has started: the "Continue" card is filled in.
    await expect(page.locator(sel(CONTINUE_SLOT))).toBeVisible();
    // The section starts at the top, below the page's 1rem scroll padding: nothing of the Basic
    // level shows above it, and it stays there once the controls above have filled in.
    const top = () => page.locator('#intermediate').evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const padding = await page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart),
    );
    await expect.poll(top).toBe(Math.round(padding));
  });
}
