import { z } from 'astro/zod';

/**
 * One entry of "What's new" (`content/changelog.yaml`): a content change a learner would want to
 * know about. `links` point at pages of the site, root-relative like links in lessons.
 */
export const changeSchema = z.object({
  /** A stable id, e.g. `2026-11-28-further-sections`; the feed's guid. */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'date then a slug, e.g. 2026-11-28-further-sections'),
  date: z.coerce.date(),
  title: z.string().trim().min(1).max(100),
  /** One or two sentences; plain text. */
  summary: z.string().trim().min(20).max(400),
  links: z
    .array(z.object({ label: z.string().trim().min(1), href: z.string().regex(/^\/[^/]/, 'a root-relative link') }))
    .default([]),
});

export type ChangeData = z.infer<typeof changeSchema>;
