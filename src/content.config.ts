import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { load } from 'js-yaml';
import { contentPath } from './lib/content-root';
import { changeSchema } from './schemas/change';
import { aspectSchema, stackSchema } from './schemas/comparison';
import { exerciseFileSchema } from './schemas/exercise';
import { levelSchema } from './schemas/level';
import { projectSchema } from './schemas/project';
import { quizSchema } from './schemas/quiz';
import { startHereSchema } from './schemas/start-here';
import { topicSchema } from './schemas/topic';

const topics = defineCollection({
  loader: glob({ base: contentPath('topics'), pattern: '**/*.mdx' }),
  schema: topicSchema,
});

const levels = defineCollection({
  loader: file(contentPath('levels.yaml')),
  schema: levelSchema,
});

const aspects = defineCollection({
  loader: file(contentPath('comparison/aspects.yaml')),
  schema: aspectSchema,
});

const stacks = defineCollection({
  loader: glob({ base: contentPath('comparison/stacks'), pattern: '**/*.mdx' }),
  schema: stackSchema,
});

/** The comparison page's path into the roadmap for Java and JavaScript developers: one entry, `start-here`. */
const startHere = defineCollection({
  loader: file(contentPath('comparison/start-here.yaml'), {
    parser: (text) => ({ 'start-here': load(text) as Record<string, unknown> }),
  }),
  schema: startHereSchema,
});

/** Self-check questions, one file per topic, named after it. */
const quizzes = defineCollection({
  loader: glob({ base: contentPath('quizzes'), pattern: '**/*.yaml' }),
  schema: quizSchema,
});

/** Graded exercises, one file per topic, named after it (checked by src/integrations/exercise-checks.ts). */
const exercises = defineCollection({
  loader: glob({ base: contentPath('exercises'), pattern: '**/*.yaml' }),
  schema: exerciseFileSchema,
});

const projects = defineCollection({
  loader: glob({ base: contentPath('projects'), pattern: '**/*.mdx' }),
  schema: projectSchema,
});

/** "What's new": content changes, newest first on the page and in the feed. */
const changelog = defineCollection({
  loader: file(contentPath('changelog.yaml')),
  schema: changeSchema,
});

export const collections = { topics, levels, aspects, stacks, startHere, quizzes, exercises, projects, changelog };
