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
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

export function createLastUpdated(
  git: GitRunner = runGit,
  now: () => Date = () => new Date(),
  warn: (message: string) => void = (m) => console.warn(m),
): (path: string) => LastUpdated {
  let usable: boolean | undefined;
  const cache = new Map<string, LastUpdated>();
  const fallback = (reason: string): LastUpdated => {
    if (usable === undefined || usable) warn(`[last-updated] ${reason}: pages show the build date instead`);
    usable = false;
    return { iso: now().toISOString(), fromGit: false };
  };
  return (path) => {
    const known = cache.get(path);
    if (known) return known;
    let result: LastUpdated;
    try {
      if (usable === undefined && git(['rev-parse', '--is-shallow-repository']) === 'true') {
        result = fallback('the git history is shallow (check out with fetch-depth: 0)');
      } else if (usable === false) {
        result = { iso: now().toISOString(), fromGit: false };
      } else {
        usable = true;
        const date = git(['log', '-1', '--format=%cI', '--', path]);
        result =
          date === ''
            ? { iso: now().toISOString(), fromGit: false }
            : { iso: new Date(date).toISOString(), fromGit: true };
      }
    } catch {
      result = fallback('no git history is available');
    }
    cache.set(path, result);
    return result;
  };
}

/** The build's shared lookup. */
export const lastUpdated = createLastUpdated();
