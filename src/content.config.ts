import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { aspectSchema, stackSchema } from './schemas/comparison';
import { levelSchema } from './schemas/level';
import { topicSchema } from './schemas/topic';

const topics = defineCollection({
  loader: glob({ base: './content/topics', pattern: '**/*.mdx' }),
  schema: topicSchema,
});

const levels = defineCollection({
  loader: file('./content/levels.yaml'),
  schema: levelSchema,
});

const aspects = defineCollection({
  loader: file('./content/comparison/aspects.yaml'),
  schema: aspectSchema,
});

const stacks = defineCollection({
  loader: glob({ base: './content/comparison/stacks', pattern: '**/*.mdx' }),
  schema: stackSchema,
});

export const collections = { topics, levels, aspects, stacks };
