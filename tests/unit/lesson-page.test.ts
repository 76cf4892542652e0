import { describe, expect, it } from 'vitest';
import {
  articleSearchAttrs,
  formatLongDate,
  lessonPage,
  pageSource,
  projectToc,
  topicToc,
} from '../../src/lib/lesson-page';

const fromGit = {
  lastUpdated: () => ({ iso: '2026-11-30T10:00:00.000Z', fromGit: true }),
  repository: 'https://github.com/ana/roadmap',
};
const site = new URL('https://ana.github.io');

describe('lesson page model', () => {
  it('gives a lesson its search attributes, its item and its source file', () => {
    const page = lessonPage(
      {
        kind: 'lesson',
        title: 'Testing',
        level: 'intermediate',
        id: 'testing',

        pathname: '/r/intermediate/testing/',
        site,
      },
      fromGit,
    );
    expect(page.article).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-filter': 'level:Intermediate',
      'data-pagefind-meta': 'level:Intermediate',
      'data-item': 'testing',
      'data-page-item': 'testing',
      'data-source': 'content/topics/testing.mdx',
    });
    expect(page.kindFilter).toBe('kind:Lesson');
    expect(page.source.markdown).toBe('/r/intermediate/testing/index.html.md');
    expect(page.levelLabel).toBe('Intermediate');
  });

  it("keeps a project's progress under its project item and places it in the roadmap's list", () => {
    const page = lessonPage(
      {
        kind: 'project',
        title: 'P',
        level: 'basic',
        id: 'log-cli',

        pathname: '/r/projects/log-cli/',
        site,
      },
      fromGit,
    );
    expect(page.itemId).toBe('project:log-cli');
    expect(page.article['data-page-item']).toBe('project:log-cli');
    expect(page.nav).toEqual({ kind: 'project', id: 'log-cli' });
    expect(page.kindFilter).toBe('kind:Project');
  });

  it('shows a project as "<level> project" in results', () => {
    expect(articleSearchAttrs('project', 'basic')['data-pagefind-meta']).toBe('level:Basic project');
    expect(articleSearchAttrs('exercise', 'advanced')['data-pagefind-meta']).toBe('level:Advanced');
  });

  it('links to edit and report the page only when the repository is known', () => {
    const input = { file: 'content/levels.yaml', title: 'Basic “level”', pathname: '/r/basic/', site };
    const known = pageSource(input, fromGit);
    expect(known.editUrl).toBe('https://github.com/ana/roadmap/edit/main/content/levels.yaml');
    expect(new URL(known.reportUrl ?? '').searchParams.get('body')).toContain('https://ana.github.io/r/basic/');
    expect(known.date).toBe('30 November 2026');
    const unknown = pageSource(input, { ...fromGit, repository: undefined });
    expect(unknown.editUrl).toBeUndefined();
    expect(unknown.reportUrl).toBeUndefined();
  });

  it('reports against the fallback site when the build has none', () => {
    const source = pageSource({ file: 'f', title: 't', pathname: '/r/', site: undefined }, fromGit);
    expect(new URL(source.reportUrl ?? '').searchParams.get('body')).toContain('https://example.github.io/r/');
  });

  it('prints dates of record in long British form, in UTC', () => {
    expect(formatLongDate('2026-12-31T23:30:00-05:00')).toBe('1 January 2027');
    expect(formatLongDate(new Date(Date.UTC(2026, 5, 6)))).toBe('6 June 2026');
  });

  it("lists a topic's added parts only when the topic has them", () => {
    const sections = [{ id: 'a', title: 'A' }];
    const none = { questions: false, exercises: false, projects: false, related: false };
    expect(topicToc(sections, none).map((e) => e.id)).toEqual(['a', 'outcomes', 'resources']);
    expect(
      topicToc(sections, { questions: true, exercises: true, projects: true, related: true }).map((e) => e.id),
    ).toEqual(['a', 'outcomes', 'check-yourself', 'exercises', 'practise', 'resources', 'related']);
  });

  it("lists a project's second-level headings between its fixed parts", () => {
    const headings = [
      { depth: 2, slug: 'brief', text: 'Brief' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ];
    expect(projectToc(headings, false).map((e) => e.id)).toEqual(['requirements', 'done-when', 'brief']);
    expect(projectToc(headings, true).at(-1)).toEqual({ id: 'extra-credit', title: 'Extra credit' });
  });
});
