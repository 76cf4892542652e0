import { describe, expect, it } from 'vitest';
import {
  CONTENT_ROOT,
  contentCacheDir,
  contentPath,
  DEFAULT_CONTENT_ROOT,
  parseContentRoot,
} from '../../src/lib/content-root';

describe('content root (ROADMAP_CONTENT)', () => {
  it('is content/ when the variable is unset or blank', () => {
    expect(parseContentRoot(undefined)).toBe(DEFAULT_CONTENT_ROOT);
    expect(parseContentRoot('  ')).toBe('content');
  });

  it('takes a folder inside the project as a clean relative path', () => {
    expect(parseContentRoot('tests/fixtures/site')).toBe('tests/fixtures/site');
    expect(parseContentRoot('./tests/fixtures/site/')).toBe('tests/fixtures/site');
    expect(parseContentRoot('tests\\fixtures\\site')).toBe('tests/fixtures/site');
  });

  it('refuses a folder that is absolute or outside the project, naming the variable', () => {
    for (const bad of ['/tmp/site', '..', '../other/content', 'tests/../../x', '.']) {
      expect(() => parseContentRoot(bad)).toThrow(/ROADMAP_CONTENT must be a folder inside the project/);
    }
  });

  it("joins paths under the build's folder (content/ in the unit tests)", () => {
    expect(CONTENT_ROOT).toBe('content');
    expect(contentPath('topics', 'testing.mdx')).toBe('content/topics/testing.mdx');
    expect(contentPath('comparison/aspects.yaml')).toBe('content/comparison/aspects.yaml');
  });

  it("keeps Astro's default cache for the real content and a separate one for any other folder", () => {
    expect(contentCacheDir('content')).toBe('./node_modules/.astro');
    expect(contentCacheDir('tests/fixtures/site')).toBe('./node_modules/.astro/content-tests-fixtures-site');
    expect(contentCacheDir('tests/fixtures/site')).not.toBe(contentCacheDir('tests/fixtures/other'));
  });
});
