/**
 * The in-browser Python (issue 22). One page and one runtime load serve the whole file (serial,
 * shared page): every runnable block of every lesson and project runs in it through the Edit
 * box, and its output must equal the block's stated output, as under CPython in
 * tests/unit/content-examples.test.ts. Budgets: the runtime's first load is given 60 s (it takes
 * 3-20 s here), each example 15 s (the slowest takes about 1 s).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { PYTHON } from '../../src/lib/hooks/python';
import { normalizeOutput } from '../../src/lib/python/output';
import { PYODIDE_VERSION, RUNTIME_FILES, TIME_LIMIT_MS } from '../../src/lib/python/runtime';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

test.describe.configure({ mode: 'serial' });

const DIST = new URL('../../dist/', import.meta.url).pathname;
const LOAD_BUDGET = 60_000;
const RUN_BUDGET = 15_000;

/** Every lesson and project page of the built site, as files in dist/. */
function contentPages(): string[] {
  const pages: string[] = [];
  for (const top of ['basic', 'intermediate', 'advanced', 'projects'])
    for (const entry of readdirSync(join(DIST, top), { withFileTypes: true }))
      if (entry.isDirectory()) pages.push(`${top}/${entry.name}/index.html`);
  return pages;
}

interface Block {
  readonly where: string;
  readonly code: string;
  readonly output: string | null;
  readonly raises: string | null;
}

/** The runnable blocks of the built pages, each with the stated output that follows it. */
function runnableBlocks(): Block[] {
  return contentPages().flatMap((path) => {
    const doc = parseDocument(readFileSync(join(DIST, path), 'utf8'));
    const figures = DomUtils.findAll((el) => el.name === 'figure' && el.attribs[PYTHON] === 'run', doc.children);
    return figures.map((figure, i) => {
      const pre = (el: (typeof figures)[number]) =>
        DomUtils.textContent(DomUtils.findOne((e) => e.name === 'pre', el.children) ?? []);
      const next = DomUtils.nextElementSibling(figure);
      const stated = next?.name === 'figure' && next.attribs['class'] === 'code-output';
      const code = pre(figure);
      const raises = /^#\s*Raises:\s*(\w+)/m.exec(code.split('\n').slice(0, 3).join('\n'))?.[1] ?? null;
      return { where: `${path} block ${i + 1}`, code, output: stated ? pre(next) : null, raises };
    });
  });
}

let page: Page;
const LESSON = LESSONS.asynchronousProgramming.path;
/** What the shared page fetched, and what went wrong in it (checked by the last test). */
const requests: string[] = [];
const problems: string[] = [];

test.beforeAll(async ({ browser }) => {
  // The service worker runs, as for a reader: it serves the page and the worker script offline.
  page = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`${current}: pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`${current}: console: ${m.text().slice(0, 200)}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(LESSON);
});
test.afterAll(async () => page.context().close());
let current = '';
test.beforeEach(() => {
  current = test.info().title;
});

const RUNTIME_REQUEST = /\/python\/\d|\/worker-[\w-]+\.js/;

test('nothing of the runtime loads before Run, even after scrolling the whole lesson', async () => {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  // Back at the first block, as a reader who returns to it: its Run button has come (the script
  // loads near any block; a busy machine may skip the frames where the fast scroll passed one),
  // and nothing of the runtime has.
  await firstRunnable().scrollIntoViewIfNeeded();
  await expect(firstRunnable().getByRole('button', { name: 'Run' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => RUNTIME_REQUEST.test(url))).toEqual([]);
  expect(
    await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /python\/\d/.test(e.name)).length),
  ).toBe(0);
});

const firstRunnable = () => page.locator(`figure[${PYTHON}="run"]`).first();
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
  const blocks = runnableBlocks();
  expect(blocks.length).toBeGreaterThan(30);
  // The first run loads the runtime.
  await firstRunnable().scrollIntoViewIfNeeded();
  await runInEditor('print("ready")', LOAD_BUDGET);
  await expect(status()).toContainText('Finished');
  expect(requests.filter((url) => RUNTIME_REQUEST.test(url)).length).toBeGreaterThan(0);
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

const stderr = async () => (await firstRunnable().locator('.run-text .stderr').allTextContents()).join('');

test("a traceback points at the line of the block, without the runtime's own frames", async () => {
  await runInEditor('total = 0\n\n\ndef share(n):\n    return total / n\n\n\nshare(0)');
  await expect(status()).toContainText('Finished with an error');
  const traceback = await stderr();
  expect(traceback).toContain('File "example.py", line 8, in <module>');
  expect(traceback).toContain('File "example.py", line 5, in share');
  expect(traceback.trimEnd().endsWith('ZeroDivisionError: division by zero')).toBe(true);
  expect(traceback).not.toMatch(/_pyodide|<exec>/);
});

test('input() says to assign a value instead', async () => {
  await runInEditor('name = input("Name? ")\nprint(name)');
  expect(await stderr()).toContain('input() cannot read the keyboard in the browser: assign a value instead');
});

test('Edit changes the code in place, Run runs the edit, Reset brings the original back', async () => {
  const figure = firstRunnable();
  const original = await figure.locator(':scope > pre').textContent();
  await runInEditor('print("edited", 6 * 7)');
  await expect(figure.locator('.run-text')).toHaveText('edited 42\n');
  await expect(status()).toContainText('Finished.');
  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(figure.getByRole('textbox')).toHaveCount(0);
  await expect(figure.locator(':scope > pre')).toBeVisible();
  await expect(figure.locator(':scope > pre')).toHaveText(original ?? '');
  await expect(figure.getByRole('button', { name: 'Edit' })).toBeFocused();
  // The original runs again: its stated output follows the block.
  await figure.getByRole('button', { name: 'Run' }).click();
  await expect(status()).toContainText('Finished.', { timeout: RUN_BUDGET });
  await expect(figure.locator('.run-text')).toContainText('job-0 done');
});

test('blocks that cannot run here say why in one line, and have no Run', async () => {
  for (const kind of ['needs', 'browser:processes']) {
    const figure = page.locator(`figure[${PYTHON}="${kind}"]`).first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.getByRole('button', { name: 'Run' })).toHaveCount(0);
    await expect(figure.locator('+ p.run-note')).toContainText(/run it on your machine/);
  }
  await expect(page.locator(`figure[${PYTHON}="needs"] + p.run-note`).first()).toContainText(
    'needs packages or a service',
  );
  await expect(page.locator(`figure[${PYTHON}="browser:processes"] + p.run-note`)).toContainText('starts processes');
});

test('works from the keyboard: Tab indents in the editor, Escape then Tab leaves it', async () => {
  const figure = firstRunnable();
  await expect(figure.getByRole('textbox')).toHaveCount(0);
  await figure.getByRole('button', { name: 'Edit' }).press('Enter');
  const editor = figure.getByRole('textbox', { name: 'Python code, editable' });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveAccessibleDescription(/press Escape, then Tab/);
  await editor.press('ControlOrMeta+a');
  await page.keyboard.type('for i in range(2):\n');
  await page.keyboard.press('Tab');
  await page.keyboard.type('print(i)');
  await expect(editor).toHaveValue('for i in range(2):\n    print(i)');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(figure.locator('.run-text')).toHaveText('0\n1\n', { timeout: RUN_BUDGET });
  await editor.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor).toBeFocused();
  // Escape, then Shift+Tab leaves backwards: past Copy and Reset to Run (Edit is hidden while editing).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(figure.getByRole('button', { name: 'Copy code' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(figure.getByRole('button', { name: 'Reset' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(figure.getByRole('button', { name: 'Run' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status()).toContainText('Finished.', { timeout: RUN_BUDGET });
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds nothing with output shown and the editor open (${scheme})`, async () => {
    test.setTimeout(AXE_TEST_TIMEOUT);
    await page.emulateMedia({ colorScheme: scheme });
    await expect(firstRunnable().getByRole('textbox')).toBeVisible();
    await runInEditor('import sys\nprint("out")\nprint("err", file=sys.stderr)\ninput()');
    await expect(firstRunnable().locator('.run-text .hint, .run-text .stderr').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

test('Stop ends an endless loop at once', async () => {
  const figure = firstRunnable();
  await figure.getByRole('textbox').fill('while True:\n    pass');
  await figure.getByRole('button', { name: 'Run' }).click();
  await expect(status()).toHaveText('Running…', { timeout: RUN_BUDGET });
  const stop = figure.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeFocused();
  await stop.click();
  await expect(status()).toHaveText('Stopped.', { timeout: 2_000 });
  await expect(figure.getByRole('button', { name: 'Run' })).toBeFocused();
});

test('a runaway program is stopped after the time limit, with a message that says so', async () => {
  // Stop ended the last Python: this run starts a fresh one (from Cache Storage) first.
  test.setTimeout(LOAD_BUDGET + TIME_LIMIT_MS + 10_000);
  await runInEditor('while True:\n    pass', LOAD_BUDGET + TIME_LIMIT_MS);
  await expect(status()).toContainText(`Stopped after ${TIME_LIMIT_MS / 1000} seconds, the time limit`);
  // The page never froze: it answers at once.
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
});

test('after a first online run, Run works offline: a fresh Python loads from Cache Storage', async () => {
  test.setTimeout(LOAD_BUDGET + 20_000);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  // Which runtime files the fresh Python asked for, and whether the service worker answered them.
  const runtimeFiles = new Map<string, boolean>();
  const noteResponse = (r: Response) => {
    if (/\/python\/\d/.test(r.url())) runtimeFiles.set(r.url().split('/').at(-1) ?? '', r.fromServiceWorker());
  };
  page.on('response', noteResponse);
  try {
    // The reloaded page (from the service worker's precache) starts a new Python, offline.
    await page.reload();
    const figure = firstRunnable();
    await figure.scrollIntoViewIfNeeded();
    await runInEditor('import sys\nprint("offline", sys.version_info[:2])', LOAD_BUDGET);
    await expect(figure.locator('.run-text')).toHaveText('offline (3, 14)\n');
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames).toContain(`pbr-python-${PYODIDE_VERSION}:${BASE_PATH}`);
    // The runtime came by its real URLs, answered by the service worker from the runtime's cache.
    expect(Object.fromEntries(runtimeFiles)).toEqual(Object.fromEntries(RUNTIME_FILES.map((file) => [file, true])));
  } finally {
    page.off('response', noteResponse);
    await page.context().setOffline(false);
  }
});

test('no CSP violation, console error or page error happened while code ran', () => {
  expect(problems).toEqual([]);
});
