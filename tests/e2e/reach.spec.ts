/**
 * Reach (issue 27): Markdown twins and llms.txt for AI assistants, "Copy as Markdown", the EPUB,
 * the /book/ print page and the "Share my progress" card, against the built site under its
 * GitHub Pages sub-path.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { sel } from '../../src/lib/hooks';
import { SHARE_SLOT } from '../../src/lib/hooks/workspace';
import { LLMS_FULL_MAX_BYTES, parseLlmsTxt } from '../../src/lib/llms-txt';
import { markdownCodeBlocks, markdownHeadings } from '../../src/lib/markdown-body';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, test } from './fixtures';
import { LESSONS } from './pages';

const DIST = new URL('../../dist/', import.meta.url).pathname;
/** The site's absolute root in the test build (`--site https://example.github.io`). */
const SITE_ROOT = `https://example.github.io${BASE_PATH}`;

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') && !f.startsWith('second-copy/'))
  .map((f) => ({ file: join(DIST, f), path: f.replace(/index\.html$/, '') }));

/** The `href` of a page's `<link rel="alternate" type="text/markdown">`, if it has one. */
const twinHref = (html: string): string | undefined =>
  /<link rel="alternate" type="text\/markdown"[^>]*href="([^"]+)"/.exec(html)?.[1];

const isContentPage = (path: string): boolean =>
  /^(basic|intermediate|advanced)\/([^/]+\/)?$/.test(path) ||
  /^projects\/[^/]+\/$/.test(path) ||
  path === 'comparison/';

test('every content page links its Markdown twin, which has the page’s headings and code', () => {
  const content = pages.filter((p) => isContentPage(p.path));
  expect(content.length).toBeGreaterThan(30);
  for (const { file, path } of content) {
    const html = readFileSync(file, 'utf8');
    const href = twinHref(html);
    expect(href, `/${path} links a twin`).toBe(`${BASE_PATH}${path}index.html.md`);
    const twin = readFileSync(join(DIST, path, 'index.html.md'), 'utf8');
    // The page's content: a lesson's or project's article, or else the main element (the
    // topic pager's "end of the roadmap" heading is navigation, not content).
    const dom = parseDocument(html).children;
    const main = DomUtils.findOne((e) => e.name === 'article', dom) ?? DomUtils.findOne((e) => e.name === 'main', dom);
    expect(main, `/${path} has a main element`).toBeTruthy();
    if (!main) continue;
    const headings = DomUtils.findAll((e) => /^h[12]$/.test(e.name) && e.attribs['id'] !== 'toc-title', [main]).map(
      (e) => DomUtils.textContent(e).trim(),
    );
    const twinHeadings = new Set(markdownHeadings(twin).map((h) => h.text));
    expect(headings.length, `/${path} has headings`).toBeGreaterThan(1);
    expect(
      headings.filter((h) => !twinHeadings.has(h)),
      `headings of /${path} missing from its twin`,
    ).toEqual([]);
    const code = DomUtils.findAll((e) => e.name === 'pre', [main]).map((e) =>
      DomUtils.textContent(e).replace(/\n$/, ''),
    );
    const twinCode = markdownCodeBlocks(twin).join('\n');
    expect(
      code.filter((c) => !twinCode.includes(c)),
      `code of /${path} missing from its twin`,
    ).toEqual([]);
    expect(twin, `/${path}: the twin links no site path without the base`).not.toMatch(/\]\(\/(?!\/)/);
  }
});

test('a twin is served as Markdown next to its page', async ({ request }) => {
  const response = await request.get(`${LESSONS.learnPythonBasics.path}index.html.md`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
  expect(await response.text()).toMatch(/^# Learn Python Basics\n/);
});

test('llms.txt follows the convention and every link in it resolves', async ({ request }) => {
  const response = await request.get('llms.txt');
  expect(response.status()).toBe(200);
  const llms = parseLlmsTxt(await response.text());
  expect(llms.title).toBe('Python Backend Roadmap');
  expect(llms.sections.map((s) => s.title)).toEqual(
    expect.arrayContaining(['Basic Level (Foundations)', 'Projects', 'Optional']),
  );
  const links = llms.sections.flatMap((s) => s.links);
  const twins = pages.filter((p) => isContentPage(p.path)).map((p) => `${SITE_ROOT}${p.path}index.html.md`);
  expect(links.map((l) => l.url)).toEqual(expect.arrayContaining(twins));
  for (const link of links) {
    expect(link.url.startsWith(SITE_ROOT), `${link.url} is on this site`).toBe(true);
    const linked = await request.get(link.url.slice(SITE_ROOT.length));
    expect(linked.status(), link.url).toBe(200);
  }
});

test('llms-full.txt has every lesson and stays within 1.5 MB', async ({ request }) => {
  const response = await request.get('llms-full.txt');
  const body = await response.body();
  expect(body.length).toBeLessThanOrEqual(LLMS_FULL_MAX_BYTES);
  const titles = markdownHeadings(body.toString('utf8'))
    .filter((h) => h.depth === 1)
    .map((h) => h.text);
  const lessons = pages.filter((p) => /^(basic|intermediate|advanced)\/[^/]+\/$/.test(p.path));
  for (const { path } of lessons) {
    const twinTitle = /^# (.+)$/m.exec(readFileSync(join(DIST, path, 'index.html.md'), 'utf8'))?.[1];
    expect(titles, path).toContain(twinTitle);
  }
});

test.describe('Copy as Markdown', () => {
  test('copies the lesson’s twin from a button beside the page actions', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(LESSONS.learnPythonBasics.path);
    const button = page.getByRole('button', { name: 'Copy as Markdown' });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'Lesson copied as Markdown' })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const twin = readFileSync(join(DIST, `${LESSONS.learnPythonBasics.path}index.html.md`), 'utf8');
    expect(copied).toBe(twin);
  });

  test('without JavaScript there is a plain Markdown link and no button', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto(LESSONS.learnPythonBasics.path);
    await expect(page.getByRole('link', { name: 'Markdown version' })).toHaveAttribute(
      'href',
      `${BASE_PATH}${LESSONS.learnPythonBasics.path}index.html.md`,
    );
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toHaveCount(0);
    await context.close();
  });
});

/** The full path of a command on the PATH (epubcheck and qpdf are Debian packages CI installs), if any. */
function commandPath(name: string): string | undefined {
  const run = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return run.status === 0 ? realpathSync(run.stdout.trim()) : undefined;
}

/**
 * How to run epubcheck: Debian installs it as a bare jar on the PATH, which only runs where the
 * kernel hands jars to Java (binfmt_misc); `java -jar` works everywhere.
 */
function epubcheckCommand(): string[] | undefined {
  const path = commandPath('epubcheck');
  if (!path) return undefined;
  return path.endsWith('.jar') ? ['java', '-jar', path] : [path];
}

test.describe('the EPUB', () => {
  const epub = join(DIST, 'python-backend-roadmap.epub');

  test('starts with the stored mimetype entry, as OCF requires', () => {
    const bytes = readFileSync(epub);
    // Local file header: signature, then compression method at offset 8 (0 = stored), name at 30.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.toString('latin1', 30, 38)).toBe('mimetype');
    expect(bytes.readUInt16LE(28), 'no extra field on mimetype').toBe(0);
    expect(bytes.toString('latin1', 38, 58)).toBe('application/epub+zip');
  });

  test('passes epubcheck with no errors and no warnings', () => {
    const epubcheck = epubcheckCommand();
    test.skip(!epubcheck, 'epubcheck is not installed (Debian: apt-get install epubcheck); CI installs it');
    test.setTimeout(90_000);
    const report = test.info().outputPath('epubcheck.json');
    const [command = 'epubcheck', ...args] = epubcheck ?? [];
    // The JVM's defaults (C2 compiler threads, parallel GC) cost more than they save on one short
    // run on a busy 2-core machine: 54 s here against 15 s with these two flags.
    const run = spawnSync(command, [...args, epub, '--json', report], {
      encoding: 'utf8',
      env: { ...process.env, JAVA_TOOL_OPTIONS: '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' },
    });
    const json: {
      checker: { nFatal: number; nError: number; nWarning: number };
      messages: { ID: string; message: string; locations: { path: string; line: number }[] }[];
    } = JSON.parse(readFileSync(report, 'utf8'));
    const messages = json.messages.map(
      (m) => `${m.ID} ${m.message} at ${m.locations.map((l) => `${l.path}:${l.line}`).join(', ')}`,
    );
    expect(messages, run.stderr).toEqual([]);
    expect(json.checker).toMatchObject({ nFatal: 0, nError: 0, nWarning: 0 });
  });

  test('is linked from home and from the footer', async ({ page }) => {
    await page.goto('');
    const href = `${BASE_PATH}python-backend-roadmap.epub`;
    await expect(page.locator('main').getByRole('link', { name: /EPUB/ })).toHaveAttribute('href', href);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: /EPUB/ })).toHaveAttribute('href', href);
  });
});

test.describe('the /book/ print page', () => {
  test('prints to a PDF whose outline has every level and every lesson', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto('book/');
    const pdf = testInfo.outputPath('book.pdf');
    await page.pdf({ path: pdf, outline: true, tagged: true, format: 'A4' });
    test.skip(
      !commandPath('qpdf'),
      'qpdf is not installed (Debian: apt-get install qpdf); the PDF was printed but its outline is unchecked',
    );
    const run = spawnSync('qpdf', ['--json', '--json-key=outlines', pdf], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    interface Outline {
      title: string;
      kids: Outline[];
    }
    const outlines: Outline[] = JSON.parse(run.stdout).outlines;
    const titles = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...titles(o.kids)]);
    // Chromium builds outline entries from the laid-out text and joins a heading that wraps onto
    // two lines without a space ("Specializationand"), so titles are compared without spaces.
    const squash = (text: string): string => text.replace(/\s+/g, '');
    const all = titles(outlines).map(squash);
    const llms = parseLlmsTxt(readFileSync(join(DIST, 'llms.txt'), 'utf8'));
    const levels = llms.sections.filter((s) => /Level/.test(s.title));
    const lessons = levels.flatMap((s) => s.links.filter((l) => !l.title.endsWith(': overview')));
    expect(levels.length).toBe(3);
    expect(lessons.length).toBeGreaterThan(15);
    for (const level of levels) expect(all).toContain(squash(level.title));
    for (const lesson of lessons) expect(all).toContain(squash(lesson.title));
    // One bookmark per lesson, under its level: the levels are the top entries below the title.
    const top = outlines.flatMap((o) => o.kids);
    for (const level of levels) {
      const entry = top.find((o) => squash(o.title) === squash(level.title));
      expect(entry?.kids.map((k) => squash(k.title))).toEqual(
        level.links.filter((l) => !l.title.endsWith(': overview')).map((l) => squash(l.title)),
      );
    }
  });
  // Axe runs over /book/ in light and dark with every other built page (a11y.spec.ts).
});

test.describe('Share my progress', () => {
  test('makes a card from the learner’s statuses, with alt text, SVG and PNG', async ({ page }) => {
    test.setTimeout(AXE_TEST_TIMEOUT);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('');
    await page.getByRole('button', { name: 'Mark “Docker Basics” as done' }).click();
    expect(
      scripts.filter((u) => /share-card/.test(u)),
      'the card’s code waits for the button',
    ).toEqual([]);

    // The button is made when its slot comes near, as a reader scrolls to it.
    await page.locator(sel(SHARE_SLOT)).scrollIntoViewIfNeeded();
    const share = page.getByRole('button', { name: 'Share my progress' });
    await share.click();
    await expect(share).toHaveAttribute('aria-expanded', 'true');
    const card = page.locator('#share-panel img');
    await expect(card).toHaveAttribute(
      'alt',
      /^Python Backend Roadmap progress card, self-reported: 1 of \d+ topics done/,
    );
    await expect(page.locator('[data-share-alt]')).toHaveText(/self-reported: 1 of \d+ topics done/);
    await expect.poll(() => card.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    await expect(page.getByRole('link', { name: 'Download SVG' })).toHaveAttribute('href', /^data:image\/svg\+xml/);
    const png = page.getByRole('link', { name: 'Download PNG' });
    await expect(png).toHaveAttribute('href', /^blob:/);
    const [download] = await Promise.all([page.waitForEvent('download'), png.click()]);
    expect(download.suggestedFilename()).toBe('python-backend-roadmap-progress.png');
    const bytes = readFileSync(await download.path());
    const header = [bytes.readUInt32BE(0), bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(header, 'a PNG of 1200×630').toEqual([0x89504e47, 1200, 630]);

    // The card follows the statuses: another topic marked done shows at once.
    await page.getByRole('button', { name: 'Mark “Testing” as done' }).click();
    await expect(card).toHaveAttribute('alt', /self-reported: 2 of \d+ topics done/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('without JavaScript there is no share control at all', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('');
    await expect(page.getByRole('button', { name: 'Share my progress' })).toHaveCount(0);
    await context.close();
  });
});
