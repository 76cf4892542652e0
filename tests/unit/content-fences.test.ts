/**
 * Every code fence in a lesson or project is closed. An unclosed fence at the end of a lesson
 * still renders on its own page, but turns everything after it into code wherever lessons are put
 * together (the book, the EPUB, llms-full.txt).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const files = ['content/topics', 'content/projects'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f)),
);

describe('code fences', () => {
  it.each(files)('%s closes every fence it opens', (file) => {
    let open: string | undefined;
    for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
      const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (!fence) continue;
      if (open === undefined) open = fence;
      else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
    }
    expect(open, 'a fence is still open at the end of the file').toBeUndefined();
  });
});
