import { describe, expect, it } from 'vitest';
import { LessonNavError, lessonNav, type NavLevelInput, type NavPaths } from '../../src/lib/lesson-nav';

const levels: NavLevelInput[] = [
  {
    id: 'basic',
    data: { title: 'Basic Level' },
    topics: [
      { id: 'b1', title: 'B one' },
      { id: 'b2', title: 'B two' },
    ],
  },
  { id: 'intermediate', data: { title: 'Intermediate Level' }, topics: [{ id: 'i1', title: 'I one' }] },
  { id: 'advanced', data: { title: 'Advanced Level' }, topics: [{ id: 'a1', title: 'A one' }] },
];
// In roadmap order: by level, the capstone last.
const projects = [
  { id: 'p-basic', title: 'Basic project', level: 'basic' as const },
  { id: 'p-adv', title: 'Advanced project', level: 'advanced' as const },
  { id: 'capstone', title: 'Capstone', level: 'intermediate' as const },
];
const paths: NavPaths = { topic: (level, id) => `/${level}/${id}/`, project: (id) => `/projects/${id}/` };

describe('the topic sidebar and lesson bar of a page', () => {
  it('lists every level in order with its topics and its projects, linked', () => {
    const nav = lessonNav(levels, projects, { kind: 'topic', id: 'b1' }, paths);
    expect(nav.levels.map((l) => [l.number, l.title])).toEqual([
      [1, 'Basic Level'],
      [2, 'Intermediate Level'],
      [3, 'Advanced Level'],
    ]);
    expect(nav.levels[0]?.topics.map((t) => t.href)).toEqual(['/basic/b1/', '/basic/b2/']);
    expect(nav.levels[0]?.projects).toEqual([
      { itemId: 'project:p-basic', title: 'Basic project', href: '/projects/p-basic/', current: false },
    ]);
    expect(nav.levels[2]?.projects.map((p) => p.title)).toEqual(['Advanced project']);
  });

  it('marks only the page being read as current and opens only its level', () => {
    const nav = lessonNav(levels, projects, { kind: 'topic', id: 'i1' }, paths);
    const current = nav.levels.flatMap((l) => [...l.topics, ...l.projects]).filter((x) => x.current);
    expect(current.map((x) => x.itemId)).toEqual(['i1']);
    expect(nav.levels.map((l) => l.open)).toEqual([false, true, false]);
    expect(nav.current.title).toBe('I one');
  });

  it('gives a topic the next topic in roadmap order, across a level boundary, and none at the end', () => {
    expect(lessonNav(levels, projects, { kind: 'topic', id: 'b1' }, paths).next?.itemId).toBe('b2');
    expect(lessonNav(levels, projects, { kind: 'topic', id: 'b2' }, paths).next?.href).toBe('/intermediate/i1/');
    expect(lessonNav(levels, projects, { kind: 'topic', id: 'a1' }, paths).next).toBeUndefined();
  });

  it('gives a project the next project in the roadmap’s project order, the capstone last', () => {
    const nav = lessonNav(levels, projects, { kind: 'project', id: 'p-adv' }, paths);
    expect(nav.current.itemId).toBe('project:p-adv');
    expect(nav.next?.itemId).toBe('project:capstone');
    expect(nav.levels.map((l) => l.open)).toEqual([false, false, true]);
    expect(lessonNav(levels, projects, { kind: 'project', id: 'capstone' }, paths).next).toBeUndefined();
  });

  it('does not take a topic for a project of the same id', () => {
    expect(() => lessonNav(levels, projects, { kind: 'project', id: 'b1' }, paths)).toThrow(LessonNavError);
  });

  it('refuses a page that is not in the roadmap, naming it', () => {
    expect(() => lessonNav(levels, projects, { kind: 'topic', id: 'nope' }, paths)).toThrow(/topic "nope"/);
  });
});
