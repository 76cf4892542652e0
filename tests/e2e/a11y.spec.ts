/**
 * axe over every page in the sitemap, in light and dark themes, with the WCAG 2.0, 2.1 and 2.2
 * A and AA rules. No rule is disabled.
 */
import { readFileSync } from 'node:fs';
import { AXE_TEST_TIMEOUT, axeViolations, BASE_PATH, expect, sampleExercisePages, test } from './fixtures';

/** Pages from the built sitemap (read from disk so the list is known when tests are defined). */
function builtPages(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.replace(BASE_PATH, ''));
}

/** The sitemap's pages plus the 404 page, which the sitemap leaves out. */
const pages = [...sampleExercisePages(builtPages()), '404.html'];

test('the sitemap lists every page of the roadmap', () => {
  expect(pages.length).toBeGreaterThanOrEqual(28);
  expect(pages).toEqual(
    expect.arrayContaining([
      '',
      'basic/',
      'intermediate/',
      'advanced/',
      'comparison/',
      'search/',
      'intermediate/asynchronous-programming/',
    ]),
  );
});

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
