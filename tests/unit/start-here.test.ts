import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findStartHereProblems, resolveStartHere } from '../../src/lib/start-here';
import { startHereSchema } from '../../src/schemas/start-here';
import { topicSchema } from '../../src/schemas/topic';
import { ROOT, readSource } from './helpers';

const topicsDir = join(ROOT, 'content/topics');
const file = 'content/comparison/start-here.yaml';

/** The real topics as links (id from the file name, level and title from the frontmatter). */
function realTopics() {
  return readdirSync(topicsDir).map((name) => {
    const data = topicSchema.parse(readSource(join(topicsDir, name)).frontmatter);
    return { id: name.replace(/\.mdx$/, ''), level: data.level, title: data.title };
  });
}

/** The real steps, through the schema the collection uses. */
function realSteps() {
  return { filePath: file, steps: startHereSchema.parse(load(readFileSync(join(ROOT, file), 'utf8'))).steps };
}

describe('start here for Java and JavaScript developers', () => {
  it('links every step to a real topic under its level and the base path', () => {
    const steps = resolveStartHere(realTopics(), realSteps(), '/repo/');
    expect(steps.map((s) => s.topics.map((t) => t.href))).toEqual([
      ['/repo/basic/learn-python-basics/'],
      ['/repo/basic/development-environment/'],
      ['/repo/basic/version-control-git/', '/repo/basic/command-line-basics/', '/repo/basic/http-and-rest-apis/'],
      ['/repo/intermediate/web-frameworks/'],
      ['/repo/intermediate/asynchronous-programming/'],
    ]);
    expect(steps[0]?.topics[0]?.title).toBe('Learn Python Basics');
  });

  it('fails naming the file and field when a step points at a topic that does not exist', () => {
    const input = {
      filePath: file,
      steps: [
        { lead: 'Start with', topics: ['learn-python-basics'], note: 'x' },
        { lead: 'Then', topics: ['testing', 'learn-pyhton-basics'], note: 'y' },
      ],
    };
    const problem = `${file}: field "steps[1].topics[1]": no topic with id "learn-pyhton-basics"`;
    expect(findStartHereProblems(realTopics(), input)).toEqual([problem]);
    expect(() => resolveStartHere(realTopics(), input, '/')).toThrow(problem);
  });

  it('needs at least one step with at least one topic', () => {
    expect(startHereSchema.safeParse({ steps: [] }).success).toBe(false);
    expect(startHereSchema.safeParse({ steps: [{ lead: 'Start with', topics: [], note: 'x' }] }).success).toBe(false);
  });
});
