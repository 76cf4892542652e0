/**
 * Links to the site's source: "Edit this page", "Report a problem", the repository itself. The
 * repository comes from the deploy workflow (`GITHUB_REPOSITORY`, `GITHUB_SERVER_URL`) or, on a
 * local build, from package.json's `repository`; with neither, the links are left out.
 * Build-only: `siteRepository()` reads the environment and package.json, so that no component does.
 */
import pkg from '../../package.json';

export interface RepositoryEnv {
  readonly GITHUB_REPOSITORY?: string | undefined;
  readonly GITHUB_SERVER_URL?: string | undefined;
}

const OWNER_NAME = /^[\w.-]+\/[\w.-]+$/;

/** The repository's web URL (`https://github.com/owner/name`), or undefined when unknown. */
export function repositoryUrl(env: RepositoryEnv, packageRepository: unknown): string | undefined {
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  if (env.GITHUB_REPOSITORY && OWNER_NAME.test(env.GITHUB_REPOSITORY)) return `${server}/${env.GITHUB_REPOSITORY}`;
  const field =
    typeof packageRepository === 'object' && packageRepository !== null && 'url' in packageRepository
      ? (packageRepository as { url: unknown }).url
      : packageRepository;
  if (typeof field !== 'string') return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(field);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  const url = /^(?:git\+)?(https:\/\/[^/]+\/[\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(field);
  return url?.[1];
}

/** This build's repository, from the environment or package.json (see `repositoryUrl`). */
export const siteRepository = (): string | undefined =>
  repositoryUrl(process.env, (pkg as { repository?: unknown }).repository);

/** The page that edits a file of the repository on its default branch. */
export function editUrl(repository: string, path: string, branch = 'main'): string {
  return `${repository}/edit/${branch}/${path}`;
}

/** A new issue about a page, its title and address filled in. */
export function reportUrl(repository: string, page: { title: string; url: string }): string {
  const params = new URLSearchParams({
    title: `Problem on “${page.title}”`,
    body: `Page: ${page.url}\n\nWhat is wrong, and what should it say?\n`,
  });
  return `${repository}/issues/new?${params}`;
}
