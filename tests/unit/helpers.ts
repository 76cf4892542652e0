/** Test helpers: read content files the way the build does, without running a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { sourceHeadings } from '../../src/lib/headings';
import type { HeadingInput, TopicInput } from '../../src/lib/roadmap';
import { topicSchema } from '../../src/schemas/topic';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const TOPICS_DIR = join(ROOT, 'content/topics');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

export interface SourceFile {
  readonly path: string;
  readonly frontmatter: Record<string, unknown>;
  readonly body: string;
}

export function readSource(path: string): SourceFile {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return { path, frontmatter, body: content };
}

export function topicFiles(): string[] {
  return readdirSync(TOPICS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(TOPICS_DIR, f));
}

const processor = createMarkdownProcessor({ rehypePlugins: [rehypeSlug] });

/** The headings the body renders, with the ids rehype-slug gives them (as in the build). */
export async function headingsOf(body: string): Promise<HeadingInput[]> {
  return (await (await processor).render(body)).metadata.headings;
}

/** A topic file through the real schema and heading reader, as content.ts feeds buildRoadmap. */
export async function topicInput(path: string, id = basename(path, '.mdx')): Promise<TopicInput> {
  const source = readSource(path);
  return { id, filePath: path, data: topicSchema.parse(source.frontmatter), headings: sourceHeadings(source.body) };
}
