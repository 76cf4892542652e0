import { z } from 'astro/zod';
import { levelKeys } from '../lib/levels';
import { technologyKeys } from '../lib/technologies';

/** How demanding a project is, from a first build to a stretch. */
export const difficulties = ['starter', 'solid', 'stretch'] as const;

const item = z.string().trim().min(1);

/** Frontmatter of a practice project (`content/projects/<slug>.mdx`; the file name is its id). */
export const projectSchema = z.object({
  /** The project's name. */
  title: z.string().trim().min(1),
  /** The level whose topics it practises most. */
  level: z.enum(levelKeys),
  /** Position among the level's projects; unique per level. */
  order: z.number().int().positive(),
  /** One sentence for cards and the meta description. */
  summary: z.string().trim().min(20).max(160),
  difficulty: z.enum(difficulties),
  /** The one project that spans the whole roadmap. */
  capstone: z.boolean().default(false),
  /** Estimated hours, whole number. */
  hours: z.number().int().min(2).max(80),
  /** Ids of the topics it practises; the build fails on an id that is not a topic. */
  topics: z.array(z.string().trim().min(1)).min(1),
  /** Technologies it uses, as keys of the technology registry. */
  technologies: z.array(z.enum(technologyKeys)).default([]),
  /** What the result must do. */
  requirements: z.array(item).min(3).max(10),
  /** Acceptance criteria the learner can verify, such as a command and its expected result. */
  doneWhen: z.array(item).min(3).max(10),
  /** Optional stretch goals. */
  extraCredit: z.array(item).max(6).default([]),
});

export type ProjectData = z.infer<typeof projectSchema>;
export type Difficulty = (typeof difficulties)[number];
