/**
 * Site-wide quality gates on the built site, served under its GitHub Pages sub-path: internal
 * links and fragments resolve (linkinator), every page is valid HTML (html-validate), every page
 * carries a strict Content Security Policy that the browser never has to enforce against us,
 * and every page stays within the byte budgets in budgets.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate/node';
import { LinkChecker, LinkState } from 'linkinator';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { BASE_PATH, expect, sampleExercisePages, test } from './fixtures';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const budgetFile: Record<string, unknown> & { pages?: Record<string, Record<string, number>> } = JSON.parse(
  readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8'),
);
/** Whether a `pages` key names a page: `book/` itself, or a pattern where `*` stands for one path segment. */
const keyMatches = (key: string, path: string): boolean =>
  new RegExp(`^${key.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]+')}$`).test(path);
/** A page's budget for one measure: its own entry under `pages` if it has one, else the site's. */
const budgetOf = (name: string, path: string): number => {
  const pages = budgetFile.pages ?? {};
  const key = path in pages ? path : Object.keys(pages).find((k) => k.includes('*') && keyMatches(k, path));
  const own = key === undefined ? undefined : pages[key]?.[name];
  const site = budgetFile[name];
  return own ?? (typeof site === 'number' ? site : 0);
};

// dist/second-copy/ is the same site built for another base path (for the storage tests).
const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('second-copy/'))
  .map((f) => join(DIST, f));

/** Site paths of the pages (relative to the base), from the built files. */
const pagePaths = htmlFiles
  .filter((f) => !f.endsWith('404.html'))
  .map((f) => relative(DIST, f).replace(/index\.html$/, ''));

test('every internal link, asset and #fragment resolves', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const checker = new LinkChecker();
  const origin = new URL(baseURL ?? '').origin;
  const result = await checker.check({
    path: baseURL ?? '',
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    // External links are checked by people, not by CI (no network here); internal ones all are.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => `${l.parent} → ${l.url} (${l.status})`);
  expect(broken).toEqual([]);
  const checked = result.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname);
  for (const path of pagePaths)
    expect(checked, `page ${path} was reached by the crawl`).toContain(`${BASE_PATH}${path}`);
});

// One test per page: each is quick on a busy machine, and a failure names its page.
const validator = new HtmlValidate(htmlValidateConfig);
for (const file of htmlFiles) {
  test(`valid HTML: ${relative(DIST, file)}`, async () => {
    const report = await validator.validateFile(file);
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
}

test('every page has a strict Content Security Policy', () => {
  for (const file of htmlFiles) {
    const html = readFileSync(file, 'utf8');
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
    expect(csp, relative(DIST, file)).toBeDefined();
    const directives = new Map(
      (csp ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    const scriptSrc = directives.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // Nothing inline is allowed anywhere: styles and scripts are files or hashed elements.
    expect(csp, relative(DIST, file)).not.toContain("'unsafe-inline'");
    expect(csp, relative(DIST, file)).not.toContain("'unsafe-eval'");
    expect([...directives.keys()]).not.toContain('style-src-attr');
  }
});

test('no built page has a style attribute (code is highlighted through classes)', () => {
  const withStyle = htmlFiles.flatMap((file) => {
    const count = readFileSync(file, 'utf8').match(/<[a-z][^>]*\sstyle=/gi)?.length ?? 0;
    return count > 0 ? [`${relative(DIST, file)}: ${count}`] : [];
  });
  expect(htmlFiles.length).toBeGreaterThan(30);
  expect(withStyle).toEqual([]);
});

/** A built page's Content Security Policy, as its meta tag states it. */
const cspOf = (path: string): string =>
  readFileSync(join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path), 'utf8').match(
    /<meta http-equiv="content-security-policy" content="([^"]+)"/i,
  )?.[1] ?? '';

test.describe('in the browser', () => {
  // The 404 page too, opened by its file name (as a missing address it would answer 404).
  const browserPages = [...sampleExercisePages(pagePaths), '404.html'];
  // Search is used under each distinct CSP once (the first page that has it): the search code is
  // the same on every page, so pages with the same policy (the lessons share one, the projects
  // another) would repeat the same check. Every page is still loaded, scrolled and measured here.
  const searchedUnder = new Map<string, string>();
  for (const path of browserPages)
    if (path !== 'book/' && !searchedUnder.has(cspOf(path))) searchedUnder.set(cspOf(path), path);
  const searchOn = new Set(searchedUnder.values());
  for (const path of browserPages) {
    test(`no CSP violation and within budget: /${path}`, async ({ page }) => {
      test.setTimeout(60_000);
      const violations: string[] = [];
      await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      });
      const loaded: { path: string; type: string }[] = [];
      page.on('requestfinished', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith(BASE_PATH))
          loaded.push({ path: url.pathname.slice(BASE_PATH.length), type: request.resourceType() });
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      // Start-up JavaScript is what a page loads before the reader does anything; code that
      // loads as parts come near the viewport (notes, planner, quizzes) counts in the transfer.
      // The service worker's client loads after the load event by design (boot.ts); the
      // Python Run buttons load near the first Python block (copy.ts), which on some lessons is
      // in the first screen: near-viewport code, counted in the transfer.
      const atStart = loaded
        .filter((r) => r.type === 'script' && !/sw-client|run-buttons/.test(r.path))
        .map((r) => r.path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');

      const gz = (p: string): number =>
        gzipSync(readFileSync(join(DIST, p.endsWith('/') || p === '' ? `${p}index.html` : p)), { level: 6 }).length;
      const sum = (type: string, test = (_p: string) => true) =>
        loaded.filter((r) => r.type === type && test(r.path)).reduce((total, r) => total + gz(r.path), 0);
      // Stylesheets are inlined (astro.config.mjs), so CSS is the inline <style> text plus any linked file.
      const html = readFileSync(join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      const sizes = {
        htmlGzip: sum('document'),
        cssGzip: sum('stylesheet') + (inlineCss === '' ? 0 : gzipSync(inlineCss, { level: 6 }).length),
        // Opening the search page is the intent to search: its search UI is search code, budgeted
        // as such (it loads on intent everywhere else), not as start-up JavaScript.
        startJsGzip: sum(
          'script',
          (p) =>
            atStart.includes(p) && !(path === 'search/' && /search-(ui|box|engine|render|page)|search\.astro/.test(p)),
        ),
        logosGzip: sum('image', (p) => p.startsWith('logos/')),
        transferGzip: loaded.reduce((total, r) => total + gz(r.path), 0),
      };
      for (const [name, size] of Object.entries(sizes)) {
        expect(size, `${name} of /${path}: ${size} B, budget ${budgetOf(name, path)} B`).toBeLessThanOrEqual(
          budgetOf(name, path),
        );
      }
      // Only the search page loads search code up front; elsewhere it waits for intent.
      if (path !== 'search/')
        expect(loaded.filter((r) => /pagefind|search-(ui|box|engine|render)/.test(r.path))).toEqual([]);

      // Use search on the page (the dialog, or the search page's own box), so its code and index
      // run under the CSP too (once per distinct policy, see above). Not on /book/, the whole roadmap on one page: the same layout,
      // CSP and search code as every page, but there the index took 2-12 s to answer on this busy
      // 2-core machine (1-2 s on a lesson; measured for issue 27), too near any sensible timeout.
      if (searchOn.has(path)) {
        await page.keyboard.press('/');
        await page.keyboard.type('redis');
        // Whether search works under the CSP, not how fast (npm run bench measures that): the
        // first search loads Pagefind's WebAssembly and index, which a loaded machine slows.
        await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible({
          timeout: 15_000,
        });
      }
      expect(violations).toEqual([]);
    });
  }
});
