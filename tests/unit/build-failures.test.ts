/**
 * The build itself refuses bad content and names the file (and field): proven by running real
 * `astro build`s of the fixture site (tests/fixtures/site, through ROADMAP_CONTENT) in a scratch
 * copy of the project, first unchanged (it must build, so every failure below is the mutation's
 * doing), then with one broken file or a few at a time. Lessons of the real site can change freely.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const SITE = 'tests/fixtures/site';
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Build state the scratch copy keeps for itself (content store, exercise verdicts, Vite's cache). */
const OWN_STATE = new Set(['.astro', '.cache', '.vite', '.vite-temp']);
const TIMEOUT = 60_000;

let dir: string;

function build(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', 'dist-fixture'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ROADMAP_CONTENT: SITE, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Strip any terminal colour codes that slip through, so messages match as plain text.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output };
}

/** `source` with `from` replaced once; throws if `from` is not there, so a stale mutation cannot pass unnoticed. */
function replace(source: string, from: string | RegExp, to: string): string {
  const changed = source.replace(from, to);
  if (changed === source) throw new Error(`mutation did not apply: ${String(from)} not found`);
  return changed;
}

/** Runs `run` with the fixture file `relative` changed, then restores it. */
function withFile(relative: string, change: (source: string) => string, run: () => void): void {
  const path = join(dir, SITE, relative);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, change(original));
  try {
    run();
  } finally {
    writeFileSync(path, original);
  }
}

function expectFailure(): string {
  const { status, output } = build();
  expect(status, output).not.toBe(0);
  return output;
}

describe('astro build of the fixture site', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roadmap-fixture-'));
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', SITE]) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    // The packages are the project's; the build state is the scratch copy's own.
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      if (!OWN_STATE.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // First, so the fixture's exercise verdicts are cached for the builds below.
  it('builds the unchanged fixture with exit 0', { timeout: TIMEOUT }, () => {
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/\[build\] \d+ page\(s\) built/);
  });

  it('fails on a link to a missing page or anchor written in MDX, naming the file', { timeout: TIMEOUT }, () => {
    withFile(
      'topics/first-steps.mdx',
      (s) =>
        `${s}\nSee [a missing page](/intermediate/nope/) and [a missing anchor](/intermediate/small-services/#nope).\n`,
      () => {
        const output = expectFailure();
        expect(output).toContain(
          `${SITE}/topics/first-steps.mdx: link "/intermediate/nope/" goes to a page that does not exist`,
        );
        expect(output).toContain(
          `${SITE}/topics/first-steps.mdx: link "/intermediate/small-services/#nope" points to #nope`,
        );
      },
    );
  });

  it('fails on an unknown level, naming the file and field', { timeout: TIMEOUT }, () => {
    withFile(
      'topics/small-services.mdx',
      (s) => replace(s, 'level: intermediate', 'level: expert'),
      () => {
        const output = expectFailure();
        expect(output).toMatch(/small-services\.mdx/);
        expect(output).toMatch(/level: Invalid option/);
      },
    );
  });

  it('fails on a duplicate order, a subtopic without its section and an undeclared section', {
    timeout: TIMEOUT,
  }, () => {
    withFile(
      'topics/shipping-safely.mdx',
      (s) =>
        `${replace(replace(s, /^order: 2$/m, 'order: 1'), '## Rolling back', '## Rollback')}\n## Bonus material\n\nNot declared in furtherSections.\n`,
      () => {
        const output = expectFailure();
        // Whichever of the two files is read second is the one reported, naming the other.
        expect(output).toMatch(
          /(shipping-safely|scaling-out)\.mdx: field "order": advanced topic number 1 is already used by \S+(scaling-out|shipping-safely)\.mdx/,
        );
        expect(output).toContain(`${SITE}/topics/shipping-safely.mdx: field "subtopics[1]": "Rolling back" has no`);
        expect(output).toContain(
          `${SITE}/topics/shipping-safely.mdx: section "## Bonus material" is neither one of the subtopics nor declared in "furtherSections"`,
        );
      },
    );
  });

  it('fails on a question with two correct choices, naming the file and field', { timeout: TIMEOUT }, () => {
    withFile(
      'quizzes/small-services.yaml',
      (s) => replace(s, '      - text: "`200 OK`"\n', '      - text: "`200 OK`"\n        correct: true\n'),
      () => {
        const output = expectFailure();
        expect(output).toMatch(/small-services\.yaml/);
        expect(output).toContain('exactly one choice must be correct, found 2');
      },
    );
  });

  it('fails on a question pointing at a missing heading and a project naming an unknown topic', {
    timeout: TIMEOUT,
  }, () => {
    withFile(
      'quizzes/first-steps.yaml',
      (s) => replace(s, /section: [a-z0-9-]+/, 'section: no-such-heading'),
      () =>
        withFile(
          'projects/greeting-script.mdx',
          (s) => replace(s, /^topics: \[/m, 'topics: [no-such-topic, '),
          () => {
            const output = expectFailure();
            expect(output).toContain(
              `${SITE}/quizzes/first-steps.yaml: field "questions[0].section": "no-such-heading" is not a heading of ${SITE}/topics/first-steps.mdx`,
            );
            expect(output).toContain(
              `${SITE}/projects/greeting-script.mdx: field "topics[0]": no topic with id "no-such-topic"`,
            );
          },
        ),
    );
  });

  it('fails on a "start here" step naming an unknown topic, naming the file and field', { timeout: TIMEOUT }, () => {
    withFile(
      'comparison/start-here.yaml',
      (s) => replace(s, 'topics: [small-services, scaling-out]', 'topics: [small-services, no-such-topic]'),
      () => {
        const output = expectFailure();
        expect(output).toContain(
          `${SITE}/comparison/start-here.yaml: field "steps[1].topics[1]": no topic with id "no-such-topic"`,
        );
      },
    );
  });
});
