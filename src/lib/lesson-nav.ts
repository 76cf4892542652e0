/**
 * The topic sidebar and the sticky lesson bar of lesson and project pages: every level with its
 * topics and projects, the page being read marked, the level it belongs to open, and the item
 * that follows it. Pure, over plain data (src/lib/content.ts feeds it the built roadmap).
 */
import type { LevelKey } from './levels';

/** What the sidebar reads of a level (a built roadmap `Level` is one). */
export interface NavLevelInput {
  readonly id: LevelKey;
  readonly data: { readonly title: string };
  readonly topics: readonly { readonly id: string; readonly title: string }[];
}

/** What the sidebar reads of a project. */
export interface NavProjectInput {
  readonly id: string;
  readonly title: string;
  readonly level: LevelKey;
}

/** The page a sidebar is rendered for. */
export interface NavCurrent {
  readonly kind: 'topic' | 'project';
  readonly id: string;
}

/** How pages are addressed (src/lib/urls.ts in the site, plain strings in tests). */
export interface NavPaths {
  readonly topic: (level: LevelKey, id: string) => string;
  readonly project: (id: string) => string;
}

export interface NavLink {
  /** The progress store's item id (`project:<id>` for a project), so statuses show on it. */
  readonly itemId: string;
  readonly title: string;
  readonly href: string;
  readonly current: boolean;
}

export interface NavLevel {
  readonly id: LevelKey;
  /** 1-based, as the map numbers the levels. */
  readonly number: number;
  readonly title: string;
  /** The level of the page being read: its list starts open. */
  readonly open: boolean;
  readonly topics: readonly NavLink[];
  readonly projects: readonly NavLink[];
}

export interface LessonNav {
  readonly levels: readonly NavLevel[];
  /** The page being read, as a link (its item id and title). */
  readonly current: NavLink;
  /** What follows it: the next topic in roadmap order, or the next project; none at the end. */
  readonly next: NavLink | undefined;
}

/** Thrown when the current page is not in the roadmap: a sidebar that marks nothing would mislead. */
export class LessonNavError extends Error {
  override name = 'LessonNavError';
}

const projectItem = (id: string): string => `project:${id}`;

/** The sidebar and bar of one page, or a LessonNavError naming the page that is not in the roadmap. */
export function lessonNav(
  levels: readonly NavLevelInput[],
  projects: readonly NavProjectInput[],
  current: NavCurrent,
  paths: NavPaths,
): LessonNav {
  const isCurrent = (kind: NavCurrent['kind'], id: string) => current.kind === kind && current.id === id;
  const built = levels.map((level, i) => {
    const topics = level.topics.map((t) => ({
      itemId: t.id,
      title: t.title,
      href: paths.topic(level.id, t.id),
      current: isCurrent('topic', t.id),
    }));
    const own = projects
      .filter((p) => p.level === level.id)
      .map((p) => ({
        itemId: projectItem(p.id),
        title: p.title,
        href: paths.project(p.id),
        current: isCurrent('project', p.id),
      }));
    return { id: level.id, number: i + 1, title: level.data.title, topics, projects: own };
  });
  // Topics in roadmap order; projects in the roadmap's project order (the capstone last).
  const byItem = new Map(built.flatMap((l) => l.projects).map((p) => [p.itemId, p]));
  const list: readonly NavLink[] =
    current.kind === 'topic'
      ? built.flatMap((l) => l.topics)
      : projects.flatMap((p) => byItem.get(projectItem(p.id)) ?? []);
  const at = list.findIndex((l) => l.current);
  const here = list[at];
  if (!here) throw new LessonNavError(`lessonNav: no ${current.kind} "${current.id}" in the roadmap`);
  return {
    levels: built.map((l) => ({ ...l, open: [...l.topics, ...l.projects].some((x) => x.current) })),
    current: here,
    next: list[at + 1],
  };
}
