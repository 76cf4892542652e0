/**
 * The fixture site (tests/fixtures/site) and the real content share Astro's content store in
 * node_modules/.astro when both are built in this project: an entry id in both would make the
 * glob loader warn about a duplicate, or keep the other folder's file path when the two files
 * are identical. Different ids keep the two builds apart.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const FOLDERS = ['topics', 'quizzes', 'exercises', 'projects', 'comparison/stacks'];

const ids = (root: string, folder: string): string[] => {
  const dir = join(ROOT, root, folder);
  return existsSync(dir) ? readdirSync(dir).map((name) => name.replace(/\.[a-z]+$/, '')) : [];
};

describe('fixture site', () => {
  it.each(FOLDERS)('uses no entry id of the real content in %s/', (folder) => {
    const fixture = ids('tests/fixtures/site', folder);
    expect(fixture.length).toBeGreaterThan(0);
    const real = new Set(ids('content', folder));
    expect(fixture.filter((id) => real.has(id))).toEqual([]);
  });
});
