import { describe, expect, it } from 'vitest';
import { createLastUpdated, type GitRunner } from '../../src/lib/git-dates';

const BUILD = new Date('2026-11-28T12:00:00Z');

function fakeGit(shallow: boolean, dates: Record<string, string>): GitRunner & { calls: string[][] } {
  const calls: string[][] = [];
  const run = (args: readonly string[]) => {
    calls.push([...args]);
    if (args[0] === 'rev-parse') return shallow ? 'true' : 'false';
    return dates[args.at(-1) ?? ''] ?? '';
  };
  return Object.assign(run, { calls });
}

describe('last updated', () => {
  it('takes the date of the last commit that touched the file', () => {
    const git = fakeGit(false, { 'content/topics/testing.mdx': '2026-11-20T09:30:00+01:00' });
    const lookup = createLastUpdated(
      git,
      () => BUILD,
      () => undefined,
    );
    expect(lookup('content/topics/testing.mdx')).toEqual({ iso: '2026-11-20T08:30:00.000Z', fromGit: true });
    lookup('content/topics/testing.mdx');
    expect(git.calls.filter((c) => c[0] === 'log')).toHaveLength(1);
  });

  it('falls back to the build date on a shallow clone, and says so once', () => {
    const warnings: string[] = [];
    const lookup = createLastUpdated(
      fakeGit(true, {}),
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
