import { z } from 'astro/zod';
import { levelKeys } from '../lib/levels';
import { technologyKeys } from '../lib/technologies';

/** One roadmap level (`content/levels.yaml`), keyed by its id. */
export const levelSchema = z.object({
  /** Which level this is; the registry in `src/lib/levels.ts` fixes their order. */
  id: z.enum(levelKeys),
  /** The seed's level name, e.g. "Basic Level". */
  title: z.string().trim().min(1),
  /** The seed's parenthesised subtitle, e.g. "Foundations". */
  subtitle: z.string().trim().min(1),
  /** A short description of what the level covers and who it is for. */
  description: z.string().trim().min(1),
  /** The seed's "Images of Technologies for Each Level", as registry keys. */
  technologies: z.array(z.enum(technologyKeys)).min(1),
});

export type LevelData = z.infer<typeof levelSchema>;
