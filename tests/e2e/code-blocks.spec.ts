/**
 * Code blocks as a reader meets them: a bar names the language or the file, a copy button copies
 * the code exactly and says so, long lines scroll inside the block on a phone, and without
 * JavaScript (or on paper) there is no button at all.
 */
import { readFileSync } from 'node:fs';
import { PYTHON } from '../../src/lib/hooks/python';
import { expect, test } from './fixtures';
import { LESSONS } from './pages';

const LESSON = LESSONS.learnPythonBasics.path;
/** The code of the lesson's `app/pricing.py` block, as written in the MDX source. */
const pricingSource = (() => {
  const mdx = readFileSync(new URL('../../content/topics/learn-python-basics.mdx', import.meta.url), 'utf8');
  const code = /```python title="app\/pricing\.py"\n([\s\S]*?)\n```/.exec(mdx)?.[1];
  if (!code) throw new Error('learn-python-basics.mdx has no app/pricing.py block');
  return code;
})();

test('the copy button is reached by keyboard, copies the code exactly and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(LESSON);
  const block = page.getByRole('figure', { name: 'app/pricing.py' });
  const button = block.getByRole('button', { name: 'Copy code' });
  // The button sits in the tab order right before its code (the scrollable, focusable pre).
  await block.locator('pre').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Code copied');
  await expect(button).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pricingSource);
  // The state clears by itself, and the name stays "Copy code" throughout.
  await expect(button).toHaveText('Copy', { timeout: 4000 });
  await expect(page.getByRole('status')).toHaveText('');
});

test('each block is captioned by its language or its file name, and output has no copy button', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('figure', { name: 'app/pricing.py' }).locator('figcaption')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Bash' }).locator('figcaption')).toBeVisible();
  const python = page.getByRole('figure', { name: 'Python', exact: true });
  expect(await python.count()).toBeGreaterThan(5);
  await expect(python.first().getByRole('button', { name: 'Copy code' })).toBeVisible();
  const output = page.getByRole('figure', { name: 'Output' });
  expect(await output.count()).toBeGreaterThan(3);
  await expect(output.getByRole('button')).toHaveCount(0);
});

test('on a phone, long lines scroll inside the block while its bar and the page stay put', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // No smooth scrolling: positions are read right after scrolling.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(LESSON);
  const block = page.getByRole('figure', { name: 'app/main.py' });
  const pre = block.locator('pre');
  await pre.scrollIntoViewIfNeeded();
  const caption = await block.locator('figcaption').boundingBox();
  expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await pre.focus();
  await expect(pre).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await block.locator('figcaption').boundingBox()).toEqual(caption);
  await expect(block.getByRole('button', { name: 'Copy code' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('printed code wraps, and the copy button is not printed', async ({ page }) => {
  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print' });
  const block = page.getByRole('figure', { name: 'app/main.py' });
  await expect(block.getByRole('button', { name: 'Copy code' })).toBeHidden();
  await expect(block.locator('figcaption')).toBeVisible();
  expect(await block.locator('pre').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
});

test('without JavaScript a block keeps its caption, has no button, and is as tall as with one', async ({
  page,
  browser,
}) => {
  await page.goto(LESSON);
  const withJs = page.getByRole('figure', { name: 'app/pricing.py' });
  await expect(withJs.getByRole('button', { name: 'Copy code' })).toBeVisible();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(LESSON);
  const block = noJs.getByRole('figure', { name: 'app/pricing.py' });
  await expect(block.locator('figcaption')).toBeVisible();
  await expect(noJs.locator('button', { hasText: /^Copy/ })).toHaveCount(0);
  // The button arrives after the page is shown: the bar must not grow when it does.
  expect((await block.boundingBox())?.height).toBe((await withJs.boundingBox())?.height);
  await context.close();
});

test('a link to a section far down a lesson gets Run buttons on the blocks there', async ({ page, context }) => {
  const lesson = LESSONS.asynchronousProgramming.path;
  await page.goto(lesson);
  // The section of the lesson's last runnable block, found in the page rather than named here.
  const id = await page.evaluate((hook) => {
    const last = [...document.querySelectorAll(`figure[${hook}="run"]`)].at(-1);
    if (!last) return '';
    const before = [...document.querySelectorAll('main h2[id], main h3[id]')].filter(
      (h) => h.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    return before.at(-1)?.id ?? '';
  }, PYTHON);
  expect(id).not.toBe('');
  // A fresh page: the same page would take the link as a jump within the document.
  const linked = await context.newPage();
  await linked.goto(`${lesson}#${id}`);
  const blocks = linked.locator(`figure[${PYTHON}="run"]`);
  await expect(blocks.last().getByRole('button', { name: 'Run' })).toBeVisible();
  // The first block is far above: it was not what brought the buttons.
  const first = await blocks.first().boundingBox();
  expect((first?.y ?? 0) + (first?.height ?? 0)).toBeLessThan(-150);
  await expect(blocks.first().getByRole('button', { name: 'Run' })).toBeAttached();
});

test('Run buttons arrive without moving the lesson, even when their stylesheet is slow', async ({ page }) => {
  // Held back 1 s, as on a slow network: the buttons must wait for it rather than arrive unstyled.
  await page.route(/\/run-buttons\.[^/]+\.css$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(LESSONS.asynchronousProgramming.path);
  await page.evaluate((hook) => {
    const heights = new Map<Element, Set<number>>();
    (window as unknown as { heights: typeof heights }).heights = heights;
    const observer = new ResizeObserver((entries) => {
      for (const e of entries) heights.get(e.target)?.add(Math.round(e.borderBoxSize[0]?.blockSize ?? 0));
    });
    for (const figure of document.querySelectorAll(`figure[${hook}="run"]`)) {
      heights.set(figure, new Set());
      observer.observe(figure);
    }
  }, PYTHON);
  const first = page.locator(`figure[${PYTHON}="run"]`).first();
  await first.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect(first.getByRole('button', { name: 'Run' })).toBeVisible();
  const sizes = await page.evaluate(() =>
    [...(window as unknown as { heights: Map<Element, Set<number>> }).heights.values()].map((s) => [...s]),
  );
  expect(sizes.length).toBeGreaterThan(1);
  for (const seen of sizes) expect(seen).toHaveLength(1);
});
