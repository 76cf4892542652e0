import { z } from 'astro/zod';
import { levelKeys } from '../lib/levels';
import { technologyKeys } from '../lib/technologies';

/** The kinds of learning resource a topic can list, in the order a learner should reach for them. */
export const resourceKinds = ['official-docs', 'spec', 'tutorial', 'course', 'book', 'tool'] as const;

/** A learning resource: durable, named precisely, served over https. */
export const resourceSchema = z.object({
  /** What kind of resource this is; drives the label shown beside it. */
  kind: z.enum(resourceKinds),
  /** The resource's own title, precise enough to find it if the URL ever moves. */
  title: z.string().trim().min(1),
  /** An https URL. */
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
});

/** Frontmatter of one roadmap topic (`content/topics/<id>.mdx`; the file name is the stable id). */
export const topicSchema = z.object({
  /** The seed's topic title, verbatim. */
  title: z.string().trim().min(1),
  /** The level the topic belongs to. */
  level: z.enum(levelKeys),
  /** The seed's number of the topic within its level; unique per level. */
  order: z.number().int().positive(),
  /** One sentence for cards and the meta description. */
  summary: z.string().trim().min(20).max(160),
  /** Estimated study time in hours. */
  hours: z.number().int().min(1).max(80),
  /** Technologies the topic teaches, as keys of the technology registry. */
  technologies: z.array(z.enum(technologyKeys)).default([]),
  /**
   * The seed's subtopics, verbatim and in order. Each must have a `##` section in the body whose
   * heading is the same text; the build checks it.
   */
  subtopics: z.array(z.string().trim().min(1)).min(1),
  /**
   * Sections the lesson adds beyond the seed's subtopics (e.g. "Classes and dataclasses"), in body
   * order. Each must have a `##` section whose heading is the same text; any `##` section that is
   * neither a subtopic nor declared here fails the build, so typos are still caught.
   */
  furtherSections: z.array(z.string().trim().min(1)).default([]),
  /** Concrete outcomes completing "You can move on when you can ...". */
  outcomes: z.array(z.string().trim().min(1)).min(3).max(6),
  /** Where to learn more, official documentation first. */
  resources: z.array(resourceSchema).min(3).max(6),
  /**
   * Words learners type for what this topic teaches that its title and headings do not say, e.g.
   * `[postgres, orm]`: search ranks the topic first for them. Technology aliases such as `k8s`
   * come from the technology registry instead.
   */
  searchTerms: z
    .array(
      z
        .string()
        .trim()
        .min(2)
        .regex(/^[^,]+$/, 'no commas'),
    )
    .max(12)
    .default([]),
  /** Ids of related topics; the build fails on an id that is not a topic. */
  related: z.array(z.string().trim().min(1)).default([]),
  /**
   * What the lesson's facts and code were last checked against, e.g. `[Python 3.15, FastAPI 0.142]`;
   * shown on the page so readers and contributors can see when it needs another look.
   */
  verifiedAgainst: z.array(z.string().trim().min(1)).min(1).max(8),
});

export type TopicData = z.infer<typeof topicSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type ResourceKind = (typeof resourceKinds)[number];
