/**
 * "Last updated" for a content file, from its git history at build time. A shallow clone (CI's
 * default) or a missing history cannot say when a file last changed: the build date stands in,
 * the page says "built" instead of "updated", and the build log says so once. Never fails a build.
 */
import { execFileSync } from 'node:child_process';

export interface LastUpdated {
  /** ISO 8601 date-time. */
  readonly iso: string;
  /** False when the date is the build's, because git could not tell. */
  readonly fromGit: boolean;
}

/** Runs git with the given arguments and returns its trimmed output, or throws. */
export type GitRunner = (args: readonly string[]) => string;

const runGit: GitRunner = (args) =>
  execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  }).trim();

/**
 * Reads `git log --name-only` once: for each file, the committer date of the newest commit that
 * changed it (the first one listed), as `git log -1 -- FILE` would give. `--diff-merges=combined`
 * lists a merge's files only where it differs from every parent, which is when `git log -- FILE`
 * shows a merge. One process for the whole build instead of one per page (about 20 ms each).
 */
export function parseLastChanged(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n');
    for (const file of files) if (file !== '' && !dates.has(file)) dates.set(file, date.trim());
  }
  return dates;
}

export function createLastUpdated(
  git: GitRunner = runGit,
  now: () => Date = () => new Date(),
  warn: (message: string) => void = (m) => console.warn(m),
): (path: string) => LastUpdated {
  /** The history, once read: null when there is none to use (the build date stands in). */
  let history: Map<string, string> | null | undefined;
  const unusable = (reason: string): null => {
    warn(`[last-updated] ${reason}: pages show the build date instead`);
    return null;
  };
  const read = (): Map<string, string> | null => {
    try {
      if (git(['rev-parse', '--is-shallow-repository']) === 'true')
        return unusable('the git history is shallow (check out with fetch-depth: 0)');
      return parseLastChanged(
        git(['-c', 'core.quotePath=false', 'log', '--diff-merges=combined', '--format=%x00%cI', '--name-only']),
      );
    } catch {
      return unusable('no git history is available');
    }
  };
  return (path) => {
    if (history === undefined) history = read();
    const date = history?.get(path);
    return date === undefined
      ? { iso: now().toISOString(), fromGit: false }
      : { iso: new Date(date).toISOString(), fromGit: true };
  };
}

/** The build's shared lookup. */
export const lastUpdated = createLastUpdated();
