import { describe, expect, it } from 'vitest';
import { createLastUpdated, type GitRunner, parseLastChanged } from '../../src/lib/git-dates';

const BUILD = new Date('2026-11-28T12:00:00Z');

/** A git that answers `rev-parse` and `log --name-only` (newest commit first), recording its calls. */
function fakeGit(shallow: boolean, log: string): GitRunner & { calls: string[][] } {
  const calls: string[][] = [];
  const run = (args: readonly string[]) => {
    calls.push([...args]);
    if (args[0] === 'rev-parse') return shallow ? 'true' : 'false';
    return log;
  };
  return Object.assign(run, { calls });
}

// The shape of `git log --format=%x00%cI --name-only`: NUL, date, a blank line, the files.
const LOG = [
  '\u00002026-11-20T09:30:00+01:00\n\ncontent/topics/testing.mdx\nsrc/pages/index.astro',
  '\u00002026-11-02T10:00:00+00:00\n\ncontent/topics/testing.mdx\ncontent/topics/databases.mdx\n',
].join('\n');

describe('last updated', () => {
  it('takes the date of the newest commit that touched the file', () => {
    expect(parseLastChanged(LOG)).toEqual(
      new Map([
        ['content/topics/testing.mdx', '2026-11-20T09:30:00+01:00'],
        ['src/pages/index.astro', '2026-11-20T09:30:00+01:00'],
        ['content/topics/databases.mdx', '2026-11-02T10:00:00+00:00'],
      ]),
    );
    const git = fakeGit(false, LOG);
    const lookup = createLastUpdated(
      git,
      () => BUILD,
      () => undefined,
    );
    expect(lookup('content/topics/testing.mdx')).toEqual({ iso: '2026-11-20T08:30:00.000Z', fromGit: true });
    expect(lookup('content/topics/databases.mdx')).toEqual({ iso: '2026-11-02T10:00:00.000Z', fromGit: true });
    // A file git has never seen (new, not committed yet) gets the build date.
    expect(lookup('content/topics/new.mdx')).toEqual({ iso: BUILD.toISOString(), fromGit: false });
    // One `git log` for the whole build, however many pages ask.
    expect(git.calls.filter((c) => c.includes('log'))).toHaveLength(1);
  });

  it('falls back to the build date on a shallow clone, and says so once', () => {
    const warnings: string[] = [];
    const lookup = createLastUpdated(
      fakeGit(true, ''),
      () => BUILD,
      (m) => warnings.push(m),
    );
    expect(lookup('a.mdx')).toEqual({ iso: BUILD.toISOString(), fromGit: false });
    expect(lookup('b.mdx').fromGit).toBe(false);
    expect(warnings).toEqual([
      '[last-updated] the git history is shallow (check out with fetch-depth: 0): pages show the build date instead',
    ]);
  });

  it('falls back without failing when git is missing', () => {
    const warnings: string[] = [];
    const broken: GitRunner = () => {
      throw new Error('spawn git ENOENT');
    };
    const lookup = createLastUpdated(
      broken,
      () => BUILD,
      (m) => warnings.push(m),
    );
    expect(lookup('a.mdx')).toEqual({ iso: BUILD.toISOString(), fromGit: false });
    expect(warnings).toHaveLength(1);
  });
});
