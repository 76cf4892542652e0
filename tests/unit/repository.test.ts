import { describe, expect, it } from 'vitest';
import { editUrl, reportUrl, repositoryUrl } from '../../src/lib/repository';

describe('repository links', () => {
  it('comes from the deploy workflow first', () => {
    expect(repositoryUrl({ GITHUB_REPOSITORY: 'ana/roadmap' }, 'github:someone/else')).toBe(
      'https://github.com/ana/roadmap',
    );
    expect(
      repositoryUrl({ GITHUB_REPOSITORY: 'ana/roadmap', GITHUB_SERVER_URL: 'https://git.example.com/' }, undefined),
    ).toBe('https://git.example.com/ana/roadmap');
  });

  it("reads package.json's repository in its usual forms", () => {
    expect(repositoryUrl({}, 'github:ana/roadmap')).toBe('https://github.com/ana/roadmap');
    expect(repositoryUrl({}, 'ana/roadmap')).toBe('https://github.com/ana/roadmap');
    expect(repositoryUrl({}, { type: 'git', url: 'git+https://github.com/ana/roadmap.git' })).toBe(
      'https://github.com/ana/roadmap',
    );
    expect(repositoryUrl({}, 'https://gitlab.com/ana/roadmap')).toBe('https://gitlab.com/ana/roadmap');
  });

  it('is unknown when neither is set or the value is not a repository', () => {
    expect(repositoryUrl({}, undefined)).toBeUndefined();
    expect(repositoryUrl({ GITHUB_REPOSITORY: '' }, { url: 42 })).toBeUndefined();
    expect(repositoryUrl({ GITHUB_REPOSITORY: 'not a repo' }, 'javascript:alert(1)')).toBeUndefined();
  });

  it('builds edit and report links', () => {
    const repo = 'https://github.com/ana/roadmap';
    expect(editUrl(repo, 'content/topics/testing.mdx')).toBe(
      'https://github.com/ana/roadmap/edit/main/content/topics/testing.mdx',
    );
    const report = new URL(
      reportUrl(repo, { title: 'Testing', url: 'https://ana.github.io/roadmap/intermediate/testing/' }),
    );
    expect(report.pathname).toBe('/ana/roadmap/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem on “Testing”');
    expect(report.searchParams.get('body')).toContain('Page: https://ana.github.io/roadmap/intermediate/testing/');
  });
});
