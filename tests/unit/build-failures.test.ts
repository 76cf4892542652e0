/**
 * The build itself refuses bad content and names the file (and field): proven by running real
 * `astro build`s on a scratch copy of the project with one broken file each.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

let dir: string;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

function build(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', 'dist-broken'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Strip any terminal colour codes that slip through, so messages match as plain text.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output };
}

function withFile(relative: string, change: (source: string) => string, run: () => void): void {
  const path = join(dir, relative);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, change(original));
  try {
    run();
  } finally {
    writeFileSync(path, original);
  }
}

describe('astro build with broken content', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roadmap-broken-'));
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a link to a missing page or anchor written in MDX, naming the file', { timeout: 120_000 }, () => {
    withFile(
      'content/topics/docker-basics.mdx',
      (s) => `${s}\nSee [a missing page](/intermediate/nope/) and [a missing anchor](/intermediate/testing/#nope).\n`,
      () => {
        const { status, output } = build();
        expect(status).not.toBe(0);
        expect(output).toContain(
          'content/topics/docker-basics.mdx: link "/intermediate/nope/" goes to a page that does not exist',
        );
        expect(output).toContain(
          'content/topics/docker-basics.mdx: link "/intermediate/testing/#nope" points to #nope',
        );
      },
    );
  });

  it('fails on an unknown level, naming the file and field', { timeout: 120_000 }, () => {
    withFile(
      'content/topics/testing.mdx',
      (s) => s.replace('level: intermediate', 'level: expert'),
      () => {
        const { status, output } = build();
        expect(status).not.toBe(0);
        expect(output).toMatch(/testing\.mdx/);
        expect(output).toMatch(/level: Invalid option/);
      },
    );
  });

  it('fails on a duplicate order, a subtopic without its section and an undeclared section', {
    timeout: 120_000,
  }, () => {
    withFile(
      'content/topics/cloud-deployment.mdx',
      (s) =>
        `${s
          .replace(/^order: 3$/m, 'order: 2')
          .replace(
            '## Serverless Functions (AWS Lambda, Google Cloud Functions)',
            '## Serverless',
          )}\n## Bonus material\n\nNot declared in furtherSections.\n`,
      () => {
        const { status, output } = build();
        expect(status).not.toBe(0);
        // Whichever of the two files is read second is the one reported, naming the other.
        expect(output).toMatch(
          /(cloud-deployment|microservices-architecture)\.mdx: field "order": advanced topic number 2 is already used by \S+(microservices-architecture|cloud-deployment)\.mdx/,
        );
        expect(output).toContain(
          'cloud-deployment.mdx: field "subtopics[1]": "Serverless Functions (AWS Lambda, Google Cloud Functions)" has no',
        );
        expect(output).toContain(
          'cloud-deployment.mdx: section "## Bonus material" is neither one of the subtopics nor declared in "furtherSections"',
        );
      },
    );
  });

  it('fails on a question with two correct choices, naming the file and field', { timeout: 120_000 }, () => {
    withFile(
      'content/quizzes/testing.yaml',
      (s) =>
        s.replace(
          '      - text: "`query` only: fixtures do not run when the test fails"',
          '      - text: "`query` only: fixtures do not run when the test fails"\n        correct: true',
        ),
      () => {
        const { status, output } = build();
        expect(status).not.toBe(0);
        expect(output).toMatch(/testing\.yaml/);
        expect(output).toContain('exactly one choice must be correct, found 2');
      },
    );
  });

  it('fails on a question pointing at a missing heading and a project naming an unknown topic', {
    timeout: 120_000,
  }, () => {
    withFile(
      'content/quizzes/docker-basics.yaml',
      (s) => s.replace(/section: [a-z0-9-]+/, 'section: no-such-heading'),
      () =>
        withFile(
          'content/projects/django-book-club.mdx',
          (s) => s.replace(/^topics: \[/m, 'topics: [no-such-topic, '),
          () => {
            const { status, output } = build();
            expect(status).not.toBe(0);
            expect(output).toMatch(
              /docker-basics\.yaml: field "questions\[0\]\.section": "no-such-heading" is not a heading of/,
            );
            expect(output).toContain('django-book-club.mdx: field "topics[0]": no topic with id "no-such-topic"');
          },
        ),
    );
  });
});
