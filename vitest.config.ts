/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three tiers (README, "Set-up", the `test:*` scripts): `unit` is pure logic and runs in seconds; `content` runs the
 * lessons' examples, the self-check snippets and every exercise's solutions under python3 and
 * checks the content's quality; `build` builds the fixture site (tests/fixtures/site) and broken
 * copies of it, expecting each copy to fail with a clear message. `npm run test:unit` runs all
 * three, as CI does.
 */
const CONTENT = [
  'tests/unit/content-examples.test.ts',
  'tests/unit/content-quality.test.ts',
  'tests/unit/content-fences.test.ts',
  'tests/unit/practice-content.test.ts',
  'tests/unit/exercises-content.test.ts',
];
const BUILD = ['tests/unit/build-failures.test.ts'];

export default getViteConfig({
  test: {
    // Content checks spawn python3 and bash per code block; give them room on a slow CI.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...CONTENT, ...BUILD] } },
      { extends: true, test: { name: 'content', include: CONTENT } },
      { extends: true, test: { name: 'build', include: BUILD } },
    ],
  },
});
