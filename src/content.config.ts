import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { changeSchema } from './schemas/change';
import { aspectSchema, stackSchema } from './schemas/comparison';
import { exerciseFileSchema } from './schemas/exercise';
import { levelSchema } from './schemas/level';
import { projectSchema } from './schemas/project';
import { quizSchema } from './schemas/quiz';
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

/** Self-check questions, one file per topic, named after it. */
const quizzes = defineCollection({
  loader: glob({ base: './content/quizzes', pattern: '**/*.yaml' }),
  schema: quizSchema,
});

/** Graded exercises, one file per topic, named after it (checked by src/integrations/exercise-checks.ts). */
const exercises = defineCollection({
  loader: glob({ base: './content/exercises', pattern: '**/*.yaml' }),
  schema: exerciseFileSchema,
});

const projects = defineCollection({
  loader: glob({ base: './content/projects', pattern: '**/*.mdx' }),
  schema: projectSchema,
});

/** "What's new": content changes, newest first on the page and in the feed. */
const changelog = defineCollection({
  loader: file('./content/changelog.yaml'),
  schema: changeSchema,
});

export const collections = { topics, levels, aspects, stacks, quizzes, exercises, projects, changelog };
