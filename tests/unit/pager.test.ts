import { describe, expect, it } from 'vitest';
import type { LevelKey } from '../../src/lib/levels';
import { type PagerLevel, topicPager } from '../../src/lib/pager';
import type { TopicLink } from '../../src/lib/roadmap';

const link = (id: string, level: LevelKey): TopicLink => ({ id, level, title: id.toUpperCase() });

const levels: PagerLevel[] = [
  { id: 'basic', hours: 60, data: { title: 'Basic Level', subtitle: 'Foundations' }, topics: [1, 2, 3] },
  { id: 'intermediate', hours: 100, data: { title: 'Intermediate Level', subtitle: 'Core' }, topics: [1, 2] },
  { id: 'advanced', hours: 90, data: { title: 'Advanced Level', subtitle: 'Scale' }, topics: [1] },
];

describe('the pager at the foot of a lesson', () => {
  it('offers only the next topic on the first topic of the roadmap', () => {
    const pager = topicPager({ level: 'basic', prev: undefined, next: link('b2', 'basic') }, levels);
    expect(pager).toEqual({ prev: undefined, prevLevel: undefined, end: { kind: 'topic', next: link('b2', 'basic') } });
  });

  it('links previous and next within a level without naming the level', () => {
    const pager = topicPager({ level: 'basic', prev: link('b1', 'basic'), next: link('b3', 'basic') }, levels);
    expect(pager.prevLevel).toBeUndefined();
    expect(pager.end).toEqual({ kind: 'topic', next: link('b3', 'basic') });
  });

  it("sums up the next level at a level's last topic, starting at that level's first topic", () => {
    const pager = topicPager({ level: 'basic', prev: link('b2', 'basic'), next: link('i1', 'intermediate') }, levels);
    expect(pager.end).toEqual({
      kind: 'level',
      finished: 'basic',
      ahead: {
        id: 'intermediate',
        title: 'Intermediate Level',
        subtitle: 'Core',
        topicCount: 2,
        hours: 100,
        first: link('i1', 'intermediate'),
      },
    });
  });

  it('names the level of a previous topic that belongs to the level before', () => {
    const pager = topicPager({ level: 'advanced', prev: link('i2', 'intermediate'), next: undefined }, levels);
    expect(pager.prevLevel).toBe('intermediate');
  });

  it('ends the roadmap after its last topic', () => {
    const pager = topicPager({ level: 'advanced', prev: link('a0', 'advanced'), next: undefined }, levels);
    expect(pager.end).toEqual({ kind: 'roadmap' });
  });

  it('falls back to a plain next link when the next level has no entry', () => {
    const pager = topicPager({ level: 'basic', prev: undefined, next: link('i1', 'intermediate') }, levels.slice(0, 1));
    expect(pager.end).toEqual({ kind: 'topic', next: link('i1', 'intermediate') });
  });
});
