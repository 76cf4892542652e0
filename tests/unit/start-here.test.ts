import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStartHere, startHereSteps } from '../../src/lib/start-here';
import { topicSchema } from '../../src/schemas/topic';
import { ROOT, readSource } from './helpers';

const topicsDir = join(ROOT, 'content/topics');

/** The real topics as links (id from the file name, level and title from the frontmatter). */
function realTopics() {
  return readdirSync(topicsDir).map((file) => {
    const data = topicSchema.parse(readSource(join(topicsDir, file)).frontmatter);
    return { id: file.replace(/\.mdx$/, ''), level: data.level, title: data.title };
  });
}

describe('start here for Java and JavaScript developers', () => {
  it('links every step to a real topic under its level and the base path', () => {
    const steps = resolveStartHere(realTopics(), startHereSteps, '/repo/');
    expect(steps.map((s) => s.topics.map((t) => t.href))).toEqual([
      ['/repo/basic/learn-python-basics/'],
      ['/repo/basic/development-environment/'],
      ['/repo/basic/version-control-git/', '/repo/basic/command-line-basics/', '/repo/basic/http-and-rest-apis/'],
      ['/repo/intermediate/web-frameworks/'],
      ['/repo/intermediate/asynchronous-programming/'],
    ]);
    expect(steps[0]?.topics[0]?.title).toBe('Learn Python Basics');
  });

  it('fails naming the id when a step points at a topic that does not exist', () => {
    const steps = [{ lead: 'Start with', topics: ['learn-pyhton-basics'], note: 'x' }];
    expect(() => resolveStartHere(realTopics(), steps, '/')).toThrow('no topic with id "learn-pyhton-basics"');
  });
});
