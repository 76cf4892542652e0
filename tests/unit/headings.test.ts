import { describe, expect, it } from 'vitest';
import { sourceHeadings } from '../../src/lib/headings';
import { headingsOf, readSource, topicFiles } from './helpers';

describe('headings read from source', () => {
  it('gives the ids rehype-slug gives the rendered headings, for every real topic', async () => {
    for (const file of topicFiles()) {
      const { body } = readSource(file);
      expect(sourceHeadings(body), file).toEqual(await headingsOf(body));
    }
  });

  it('ignores lines in code blocks and numbers repeated headings like GitHub', () => {
    const source = '## Setup\n\n```bash\n## not a heading\n```\n\n## Setup\n\n### Use `pip`\n';
    expect(sourceHeadings(source)).toEqual([
      { depth: 2, slug: 'setup', text: 'Setup' },
      { depth: 2, slug: 'setup-1', text: 'Setup' },
      { depth: 3, slug: 'use-pip', text: 'Use pip' },
    ]);
  });
});
