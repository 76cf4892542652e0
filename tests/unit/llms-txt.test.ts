import { describe, expect, it } from 'vitest';
import { formatLlmsFull, formatLlmsTxt, LlmsTxtError, parseLlmsTxt } from '../../src/lib/llms-txt';

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
