/**
 * Every internal URL is built here, so the site works at `/` and under a GitHub Pages project
 * sub-path (`/REPO/`) alike. Functions take the base as a parameter (defaulting to Astro's
 * `BASE_URL`) so they can be tested without a build.
 */
import type { LevelKey } from './levels';

const BASE = import.meta.env.BASE_URL;

/** Ensures a base path starts and ends with a single slash: `repo` → `/repo/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefixes a site path (`/basic/`, `basic/`, `/#advanced`) with the base path. External URLs,
 * protocol-relative URLs and bare fragments are returned unchanged.
 */
export function withBase(path: string, base: string = BASE): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) {
    return path;
  }
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

export const homePath = (base?: string): string => withBase('/', base);
export const levelPath = (level: LevelKey, base?: string): string => withBase(`/${level}/`, base);
export const topicPath = (level: LevelKey, topicId: string, base?: string): string =>
  withBase(`/${level}/${topicId}/`, base);
export const comparisonPath = (base?: string): string => withBase('/comparison/', base);
export const searchPath = (base?: string): string => withBase('/search/', base);
export const projectsPath = (base?: string): string => withBase('/projects/', base);
export const projectPath = (id: string, base?: string): string => withBase(`/projects/${id}/`, base);
export const exercisesPath = (base?: string): string => withBase('/exercises/', base);
export const exercisePath = (level: LevelKey, topicId: string, id: string, base?: string): string =>
  withBase(`/${level}/${topicId}/exercises/${id}/`, base);
/** An exercise's hidden checks, fetched on Check (never in a page's HTML). */
export const exerciseChecksPath = (id: string, base?: string): string => withBase(`/exercises/checks/${id}.json`, base);
export const whatsNewPath = (base?: string): string => withBase('/whats-new/', base);
export const feedPath = (base?: string): string => withBase('/rss.xml', base);

/** Absolute URL for canonical links and Open Graph tags. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
