/**
 * The one module that queries content collections. Pages and components receive the ready
 * model from here; the cross-entry checks run once per build and fail it with messages that
 * name the file and field.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildComparison, type Comparison } from './comparison';
import { sourceHeadings } from './headings';
import { buildRoadmap, type Roadmap } from './roadmap';

let roadmap: Promise<Roadmap> | undefined;
let comparison: Promise<Comparison<CollectionEntry<'stacks'>>> | undefined;

async function loadRoadmap(): Promise<Roadmap> {
  const [topicEntries, levelEntries] = await Promise.all([getCollection('topics'), getCollection('levels')]);
  const topics = topicEntries.map((entry) => ({
    id: entry.id,
    filePath: entry.filePath ?? `content/topics/${entry.id}.mdx`,
    data: entry.data,
    headings: sourceHeadings(entry.body ?? ''),
  }));
  const levels = levelEntries.map((entry) => ({
    id: entry.data.id,
    filePath: 'content/levels.yaml',
    data: entry.data,
  }));
  return buildRoadmap(topics, levels);
}

/** The whole roadmap in order, validated. */
export function getRoadmap(): Promise<Roadmap> {
  roadmap ??= loadRoadmap();
  return roadmap;
}

async function loadComparison(): Promise<Comparison<CollectionEntry<'stacks'>>> {
  const [aspects, stacks] = await Promise.all([getCollection('aspects'), getCollection('stacks')]);
  return buildComparison(
    aspects.map((a) => ({ filePath: 'content/comparison/aspects.yaml', data: a.data })),
    stacks.map((s) => ({
      id: s.id,
      filePath: s.filePath ?? `content/comparison/stacks/${s.id}.mdx`,
      data: s.data,
      entry: s,
    })),
  );
}

/** The comparison table model: aspects as rows, stacks as columns, validated. */
export function getComparison(): Promise<Comparison<CollectionEntry<'stacks'>>> {
  comparison ??= loadComparison();
  return comparison;
}

/** Topic entries by id, for pages that render a topic's MDX body. */
export async function getTopicEntries() {
  return getCollection('topics');
}
