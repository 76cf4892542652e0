/**
 * What the foot of a lesson offers: the previous and next topic within the roadmap's order, and
 * at a level's last topic a summary of the level that follows (or, on the very last topic, the
 * roadmap's end) instead of a plain "Next" link. Pure, over the built roadmap.
 */
import type { LevelData } from '../schemas/level';
import type { LevelKey } from './levels';
import type { Level, Topic, TopicLink } from './roadmap';

/** What the pager reads of a level (a built `Level` is one). */
export interface PagerLevel extends Pick<Level, 'id' | 'hours'> {
  readonly data: Pick<LevelData, 'title' | 'subtitle'>;
  readonly topics: readonly unknown[];
}

/** The level a learner moves on to, summed up for the moment they reach it. */
export interface LevelAhead {
  readonly id: LevelKey;
  readonly title: string;
  readonly subtitle: string;
  readonly topicCount: number;
  /** Estimated study hours of the whole level. */
  readonly hours: number;
  /** Where "Start the level" leads: its first topic. */
  readonly first: TopicLink;
}

/** How the lesson's foot ends: the next topic, the end of a level, or the end of the roadmap. */
export type PagerEnd =
  | { readonly kind: 'topic'; readonly next: TopicLink }
  | { readonly kind: 'level'; readonly finished: LevelKey; readonly ahead: LevelAhead }
  | { readonly kind: 'roadmap' };

export interface TopicPager {
  readonly prev: TopicLink | undefined;
  /** The previous topic's level when it is another one (the first topic of a level), else undefined. */
  readonly prevLevel: LevelKey | undefined;
  readonly end: PagerEnd;
}

/** The pager of one topic, given every level of the roadmap (for the summary of the next one). */
export function topicPager(topic: Pick<Topic, 'level' | 'prev' | 'next'>, levels: readonly PagerLevel[]): TopicPager {
  const { prev, next } = topic;
  return {
    prev,
    prevLevel: prev && prev.level !== topic.level ? prev.level : undefined,
    end: pagerEnd(topic.level, next, levels),
  };
}

function pagerEnd(level: LevelKey, next: TopicLink | undefined, levels: readonly PagerLevel[]): PagerEnd {
  if (!next) return { kind: 'roadmap' };
  if (next.level === level) return { kind: 'topic', next };
  const ahead = levels.find((l) => l.id === next.level);
  // A level without its entry cannot be summed up; the plain link still leads on.
  if (!ahead) return { kind: 'topic', next };
  return {
    kind: 'level',
    finished: level,
    ahead: {
      id: ahead.id,
      title: ahead.data.title,
      subtitle: ahead.data.subtitle,
      topicCount: ahead.topics.length,
      hours: ahead.hours,
      first: next,
    },
  };
}
