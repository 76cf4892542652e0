import { describe, expect, it } from 'vitest';
import { siteLlmsFull, siteLlmsTxt } from '../../src/lib/llms-site';
import { formatLlmsFull, formatLlmsTxt, LlmsTxtError, parseLlmsTxt } from '../../src/lib/llms-txt';
import type { TwinDoc } from '../../src/lib/twin-docs';

const doc = {
  title: 'Roadmap',
  summary: 'A path\nfrom basics.',
  details: ['Links are Markdown twins.'],
  sections: [
    {
      title: 'Basic',
      links: [
        { title: 'Learn [Python]', url: 'https://u.github.io/r/basic/x/index.html.md', note: 'Core Python.' },
        { title: 'No note', url: 'https://u.github.io/r/basic/y/index.html.md' },
      ],
    },
    { title: 'Optional', links: [{ title: 'All', url: 'https://u.github.io/r/llms-full.txt', note: 'everything' }] },
  ],
};

describe('llms.txt', () => {
  it('writes the H1, the summary blockquote, details, then sections of link lists', () => {
    const text = formatLlmsTxt(doc);
    expect(text.split('\n').slice(0, 7)).toEqual([
      '# Roadmap',
      '',
      '> A path from basics.',
      '',
      'Links are Markdown twins.',
      '',
      '## Basic',
    ]);
    expect(text).toContain('- [Learn \\[Python\\]](https://u.github.io/r/basic/x/index.html.md): Core Python.\n');
    expect(text).toContain('- [No note](https://u.github.io/r/basic/y/index.html.md)\n');
  });

  it('parses what it writes back to the same model', () => {
    expect(parseLlmsTxt(formatLlmsTxt(doc))).toEqual({ ...doc, summary: 'A path from basics.' });
  });

  it('names the line that breaks the shape', () => {
    expect(() => parseLlmsTxt('Roadmap\n')).toThrow(LlmsTxtError);
    expect(() => parseLlmsTxt('# R\n\nno summary\n')).toThrow(/line 3: a "> " summary/);
    expect(() => parseLlmsTxt('# R\n\n> s\n\n## A\n\nprose in a section\n')).toThrow(
      /line 7: expected "- \[title\]\(url\)/,
    );
    expect(() => parseLlmsTxt('# R\n\n> s\n\n## Empty\n')).toThrow(/section "Empty" has no links/);
  });
});

describe('llms-full.txt', () => {
  it('joins documents under one header with rules between them', () => {
    expect(formatLlmsFull({ title: 'R', summary: 'S' }, ['# A\n\nx\n', '# B\n'])).toBe(
      '# R\n\n> S\n\n# A\n\nx\n\n---\n\n# B\n',
    );
  });

  it('refuses to publish a file over the size limit, saying its size', () => {
    expect(() => formatLlmsFull({ title: 'R', summary: 'S' }, ['x'.repeat(100)], 50)).toThrow(
      /is 1\d\d bytes, over the 50-byte limit/,
    );
  });
});

describe('the site’s llms.txt', () => {
  const root = 'https://u.github.io/r/';
  const doc = (kind: TwinDoc['kind'], page: string, title: string): TwinDoc => ({
    kind,
    page,
    url: root + page,
    title,
    summary: `About ${title}.`,
    markdown: `# ${title}\n`,
  });
  const docs = [
    doc('level', 'basic/', 'Basic Level (Foundations)'),
    doc('lesson', 'basic/python/', 'Learn Python'),
    doc('level', 'advanced/', 'Advanced Level (Specialization)'),
    doc('lesson', 'advanced/scale/', 'Scalability'),
    doc('project', 'projects/cli/', 'A CLI'),
    doc('comparison', 'comparison/', 'Comparison'),
  ];

  it('has a section per level with the level and its lessons, then projects, then optional links', () => {
    const llms = parseLlmsTxt(formatLlmsTxt(siteLlmsTxt(docs, root)));
    expect(llms.sections.map((s) => [s.title, s.links.map((l) => l.url)])).toEqual([
      ['Basic Level (Foundations)', [`${root}basic/index.html.md`, `${root}basic/python/index.html.md`]],
      ['Advanced Level (Specialization)', [`${root}advanced/index.html.md`, `${root}advanced/scale/index.html.md`]],
      ['Projects', [`${root}projects/cli/index.html.md`]],
      ['Optional', [`${root}comparison/index.html.md`, `${root}llms-full.txt`]],
    ]);
    expect(llms.sections[0]?.links[1]).toEqual({
      title: 'Learn Python',
      url: `${root}basic/python/index.html.md`,
      note: 'About Learn Python.',
    });
  });

  it('puts only lessons in llms-full.txt, in order', () => {
    const full = siteLlmsFull(docs);
    expect(full.match(/^# .+$/gm)).toEqual([
      '# Python Backend Roadmap: every lesson',
      '# Learn Python',
      '# Scalability',
    ]);
  });
});
