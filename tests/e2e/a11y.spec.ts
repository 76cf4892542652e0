/**
 * axe over the site's pages, in light and dark themes, with the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules. No rule is disabled.
 *
 * Sampling (to keep the suite's time from growing with the content): every page type is checked
 * in both themes, and every page that is the only one of its type (home, each level page, search,
 * comparison, book, exercises, projects, privacy, accessibility, what's new, 404). Pages that
 * share a template are sampled, one per level: of the 22 lessons and of the 10 project pages, the
 * largest page of each level (the most content: code, tables, callouts, quiz); of the exercise
 * pages, the first of each level (sampleExercisePages). The other lessons' and projects' content
 * is still checked by axe in both themes, as part of /book/, which prints every lesson and project
 * in full; every page also gets the HTML and link checks (quality.spec.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, sampleExercisePages, test } from './fixtures';
import { LESSONS } from './pages';

const DIST = new URL('../../dist/', import.meta.url);

/** Pages from the built sitemap (read from disk so the list is known when tests are defined). */
function builtPages(): string[] {
  const xml = readFileSync(new URL('sitemap-0.xml', DIST), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.replace(BASE_PATH, ''));
}

/** The template and level a lesson or project page shares with others, else undefined (a page of its own). */
function sharedTemplate(path: string): string | undefined {
  const lesson = /^(basic|intermediate|advanced)\/[^/]+\/$/.exec(path);
  if (lesson) return `lesson ${lesson[1]}`;
  const project = /^projects\/([^/]+)\/$/.exec(path);
  if (!project) return undefined;
  const mdx = readFileSync(new URL(`../../content/projects/${project[1]}.mdx`, import.meta.url), 'utf8');
  const level = /^level:\s*(\w+)/m.exec(mdx)?.[1];
  if (!level) throw new Error(`content/projects/${project[1]}.mdx has no level`);
  return `project ${level}`;
}

/** Every page of its own, and the largest built page of each shared template and level. */
function samplePages(paths: readonly string[]): string[] {
  const size = (path: string) => statSync(new URL(`${path}index.html`, DIST)).size;
  const largest = new Map<string, string>();
  for (const path of paths) {
    const group = sharedTemplate(path);
    const best = group === undefined ? undefined : largest.get(group);
    if (group !== undefined && (best === undefined || size(path) > size(best))) largest.set(group, path);
  }
  const chosen = new Set(largest.values());
  return paths.filter((path) => sharedTemplate(path) === undefined || chosen.has(path));
}

const all = builtPages();
/** The sampled pages plus the 404 page, which the sitemap leaves out. */
const pages = [...samplePages(sampleExercisePages(all)), '404.html'];

test('the sitemap lists every page of the roadmap, and the sample has every page type and level', () => {
  expect(all.length).toBeGreaterThanOrEqual(28);
  expect(all).toEqual(
    expect.arrayContaining([
      '',
      'basic/',
      'intermediate/',
      'advanced/',
      'comparison/',
      'search/',
      'book/',
      LESSONS.asynchronousProgramming.path,
    ]),
  );
  const groups = (paths: readonly string[]) =>
    new Set(
      paths.map((p) => sharedTemplate(p) ?? (/\/exercises\/[^/]+\/$/.test(p) ? `exercise ${p.split('/')[0]}` : p)),
    );
  // Every page of its own, and each shared template at each level, is in the sample.
  expect([...groups(pages)].sort()).toEqual([...groups([...all, '404.html'])].sort());
  for (const level of ['basic', 'intermediate', 'advanced'])
    for (const kind of ['lesson', 'project', 'exercise']) expect(groups(pages)).toContain(`${kind} ${level}`);
});

// One axe run per test (fixtures.ts): /book/, every lesson on one page, takes 40-50 s a run on
// this machine under heavy load, so two runs would not fit one test's budget.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`axe: /${path}`, async ({ page }) => {
        test.setTimeout(AXE_TEST_TIMEOUT);
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(/js/);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
