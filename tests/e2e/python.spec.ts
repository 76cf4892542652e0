/**
 * The in-browser Python (issue 22). One page and one runtime load serve the whole file (serial,
 * shared page): every runnable block of every lesson and project runs in it through the Edit
 * box, and its output must equal the block's stated output, as under CPython in
 * tests/unit/content-examples.test.ts. Budgets: the runtime's first load is given 60 s (it takes
 * 3-20 s here), each example 15 s (the slowest takes about 1 s).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { normalizeOutput } from '../../src/lib/python/output';
import { BASE_PATH, expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const DIST = new URL('../../dist/', import.meta.url).pathname;
const LOAD_BUDGET = 60_000;
const RUN_BUDGET = 15_000;

/** Every lesson and project page of the built site, as paths under the base. */
function contentPages(): string[] {
  const pages: string[] = [];
  for (const top of ['basic', 'intermediate', 'advanced', 'projects'])
    for (const entry of readdirSync(join(DIST, top), { withFileTypes: true }))
      if (entry.isDirectory()) pages.push(`${BASE_PATH}${top}/${entry.name}/`);
  return pages;
}

interface Block {
  readonly where: string;
  readonly code: string;
  readonly output: string | null;
  readonly raises: string | null;
}

/** The runnable blocks of the built pages, each with the stated output that follows it. */
async function runnableBlocks(page: Page): Promise<Block[]> {
  return page.evaluate(async (paths) => {
    const found: Block[] = [];
    for (const path of paths) {
      const html = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      doc.querySelectorAll('figure[data-python="run"]').forEach((figure, i) => {
        const code = figure.querySelector('pre')?.textContent ?? '';
        const next = figure.nextElementSibling;
        const output = next?.matches('figure.code-output') ? (next.querySelector('pre')?.textContent ?? '') : null;
        const raises = /^#\s*Raises:\s*(\w+)/m.exec(code.split('\n').slice(0, 3).join('\n'))?.[1] ?? null;
        found.push({ where: `${path} block ${i + 1}`, code, output, raises });
      });
    }
    return found;
  }, contentPages());
}

let page: Page;
const LESSON = 'intermediate/asynchronous-programming/';

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto(LESSON);
});
test.afterAll(async () => page.close());

const firstRunnable = () => page.locator('figure[data-python="run"]').first();
const status = () => firstRunnable().locator('.run-status');

/** The standard output shown (stderr and tracebacks are in their own spans). */
const shownStdout = () =>
  firstRunnable()
    .locator('.run-text')
    .evaluate((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    );

async function runInEditor(code: string, budget = RUN_BUDGET): Promise<void> {
  const figure = firstRunnable();
  const editor = figure.getByRole('textbox', { name: 'Python code, editable' });
  if (!(await editor.isVisible())) await figure.getByRole('button', { name: 'Edit' }).click();
  await editor.fill(code);
  await figure.getByRole('button', { name: 'Run' }).click();
  await expect(figure.getByRole('button', { name: 'Run' })).toBeVisible({ timeout: budget });
}

test('every runnable block of every lesson and project prints its stated output', async () => {
  test.setTimeout(LOAD_BUDGET + 60_000);
  const blocks = await runnableBlocks(page);
  expect(blocks.length).toBeGreaterThan(30);
  // The first run loads the runtime.
  await firstRunnable().scrollIntoViewIfNeeded();
  await runInEditor('print("ready")', LOAD_BUDGET);
  await expect(status()).toContainText('Finished');
  const failures: string[] = [];
  for (const block of blocks) {
    await runInEditor(block.code);
    const said = (await status().textContent()) ?? '';
    const stderr = await firstRunnable().locator('.run-text .stderr').allTextContents();
    const lastError = stderr.join('').trimEnd().split('\n').at(-1) ?? '';
    if (block.raises) {
      if (!lastError.startsWith(block.raises))
        failures.push(`${block.where}: should raise ${block.raises}, got "${lastError}"`);
    } else if (!said.startsWith('Finished.')) failures.push(`${block.where}: ${said} ${lastError}`);
    if (block.output !== null && normalizeOutput(await shownStdout()) !== normalizeOutput(block.output))
      failures.push(`${block.where}: output differs:\n${await shownStdout()}\n--- stated ---\n${block.output}`);
  }
  expect(failures).toEqual([]);
});
