import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelKeys } from '../../src/lib/levels';
import {
  buildRoadmap,
  compareTopics,
  findContentProblems,
  type LevelInput,
  RoadmapContentError,
  subtopicId,
  type TopicInput,
} from '../../src/lib/roadmap';
import { FIXTURES_DIR, topicFiles, topicInput } from './helpers';

const levels: LevelInput[] = levelKeys.map((id) => ({
  id,
  filePath: 'content/levels.yaml',
  data: { id, title: `${id} level`, subtitle: 'Sub', description: 'Desc', technologies: ['python'] },
}));

const valid = () => topicInput(join(FIXTURES_DIR, 'topics/valid.mdx'), 'testing');

/** A copy of a topic input with other frontmatter values, for cross-entry cases. */
function variant(base: TopicInput, id: string, data: Partial<TopicInput['data']>): TopicInput {
  return { ...base, id, filePath: `content/topics/${id}.mdx`, data: { ...base.data, ...data } };
}

async function smallRoadmap(): Promise<TopicInput[]> {
  const base = await valid();
  return [
    variant(base, 'b2', { level: 'basic', order: 2, title: 'B2', related: [] }),
    variant(base, 'a1', { level: 'advanced', order: 1, title: 'A1', related: [] }),
    variant(base, 'b1', { level: 'basic', order: 1, title: 'B1', related: [] }),
    variant(base, 'i1', { level: 'intermediate', order: 1, title: 'I1', related: ['a1'] }),
  ];
}

describe('roadmap order', () => {
  it('puts topics of a level in roadmap order, levels first', () => {
    const sorted = [
      { level: 'advanced', order: 1 },
      { level: 'basic', order: 2 },
      { level: 'basic', order: 1 },
    ] as const;
    expect([...sorted].sort(compareTopics)).toEqual([
      { level: 'basic', order: 1 },
      { level: 'basic', order: 2 },
      { level: 'advanced', order: 1 },
    ]);
  });

  it('links previous and next across level boundaries', async () => {
    const roadmap = buildRoadmap(await smallRoadmap(), levels);
    expect(roadmap.topics.map((t) => t.id)).toEqual(['b1', 'b2', 'i1', 'a1']);
    const [b1, b2, i1, a1] = roadmap.topics;
    expect(b1?.prev).toBeUndefined();
    expect(b2?.next?.id).toBe('i1');
    expect(i1?.prev?.id).toBe('b2');
    expect(i1?.next).toEqual({ id: 'a1', level: 'advanced', title: 'A1' });
    expect(a1?.next).toBeUndefined();
  });

  it('numbers topics within their level and sums study hours', async () => {
    const roadmap = buildRoadmap(await smallRoadmap(), levels);
    expect(roadmap.topics.map((t) => `${t.position.index}/${t.position.total}`)).toEqual(['1/2', '2/2', '1/1', '1/1']);
    expect(roadmap.levels.map((l) => l.hours)).toEqual([24, 12, 12]);
    expect(roadmap.hours).toBe(48);
  });

  it('builds the real roadmap: 3 levels of 5, 9 and 8 topics, ending with open source', async () => {
    const inputs = await Promise.all(topicFiles().map((f) => topicInput(f)));
    const roadmap = buildRoadmap(inputs, levels);
    expect(roadmap.levels.map((l) => l.topics.length)).toEqual([5, 9, 8]);
    expect(roadmap.topics[0]?.id).toBe('learn-python-basics');
    expect(roadmap.topics.at(-1)?.id).toBe('contribute-to-open-source');
    const asyncTopic = roadmap.topics.find((t) => t.id === 'asynchronous-programming');
    expect(asyncTopic?.position).toEqual({ index: 6, total: 9 });
  });
});

describe('content checks', () => {
  it('gives each subtopic the anchor its heading gets', () => {
    expect(subtopicId('Learn `asyncio` and `await`')).toBe('learn-asyncio-and-await');
    expect(subtopicId('Use Python’s `logging` module')).toBe('use-pythons-logging-module');
  });

  it('rejects two topics with the same order in a level, naming both files', async () => {
    const base = await valid();
    const problems = findContentProblems(
      [...(await smallRoadmap()), variant(base, 'b1-copy', { level: 'basic', order: 1, related: [] })],
      levels,
    );
    expect(problems).toEqual([
      'content/topics/b1-copy.mdx: field "order": basic topic number 1 is already used by content/topics/b1.mdx',
    ]);
  });

  it('rejects a subtopic without its section, naming the file and field', async () => {
    const path = join(FIXTURES_DIR, 'topics/missing-section.mdx');
    const broken = await topicInput(path, 'testing');
    const others = (await smallRoadmap()).map((t) => ({ ...t, data: { ...t.data, related: [] } }));
    const problems = findContentProblems([...others, { ...broken, data: { ...broken.data, related: [] } }], levels);
    expect(problems).toEqual([
      `${path}: field "subtopics[1]": "Mocking and Coverage Reports" has no "## Mocking and Coverage Reports" section in the body`,
    ]);
  });

  it('rejects a section that is neither a listed subtopic nor a declared further section', async () => {
    const base = (await smallRoadmap())[0];
    if (!base) throw new Error('no topic');
    const extra = { ...base, headings: [...base.headings, { depth: 2, slug: 'bonus', text: 'Bonus' }] };
    expect(findContentProblems([extra], levels)).toContain(
      'content/topics/b2.mdx: section "## Bonus" is neither one of the subtopics nor declared in "furtherSections" in the frontmatter',
    );
  });

  it('rejects a related topic that does not exist', async () => {
    const topics = await smallRoadmap();
    const base = topics[0];
    if (!base) throw new Error('no topic');
    const broken = variant(base, 'b2', { related: ['no-such-topic'] });
    expect(findContentProblems([broken, ...topics.slice(1)], levels)).toEqual([
      'content/topics/b2.mdx: field "related[0]": no topic with id "no-such-topic"',
    ]);
  });

  it('throws one error listing every problem', async () => {
    const topics = await smallRoadmap();
    const dupes = topics.map((t) => ({ ...t, data: { ...t.data, level: 'basic' as const, order: 1 } }));
    expect(() => buildRoadmap(dupes, levels)).toThrow(RoadmapContentError);
    try {
      buildRoadmap(dupes, levels);
    } catch (error) {
      expect(error instanceof RoadmapContentError && error.problems.length).toBe(5);
    }
  });
});
