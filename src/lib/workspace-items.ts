/**
 * The list of items the learner's workspace knows about (topics now, projects when the roadmap
 * has them), in roadmap order, as the pages hand it to the client scripts.
 */
import type { LevelKey } from './levels';
import type { Roadmap } from './roadmap';
import { topicPath } from './urls';

export interface WorkspaceItem {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly level: LevelKey;
  readonly levelTitle: string;
  readonly hours: number;
  readonly kind: 'topic' | 'project';
}

export interface ProjectItemInput {
  readonly itemId: string;
  readonly title: string;
  readonly url: string;
  readonly level: LevelKey;
  readonly hours: number;
}

export function workspaceItems(
  roadmap: Roadmap,
  labels: Readonly<Record<LevelKey, string>>,
  projects: readonly ProjectItemInput[] = [],
  base?: string,
): WorkspaceItem[] {
  const topics = roadmap.topics.map(
    (t): WorkspaceItem => ({
      id: t.id,
      title: t.title,
      url: topicPath(t.level, t.id, base),
      level: t.level,
      levelTitle: labels[t.level],
      hours: t.data.hours,
      kind: 'topic',
    }),
  );
  const extra = projects.map(
    (p): WorkspaceItem => ({
      id: p.itemId,
      title: p.title,
      url: p.url,
      level: p.level,
      levelTitle: labels[p.level],
      hours: p.hours,
      kind: 'project',
    }),
  );
  return [...topics, ...extra];
}
