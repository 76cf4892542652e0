import { z } from 'astro/zod';

/** A row of the comparison table (`content/comparison/aspects.yaml`). */
export const aspectSchema = z.object({
  /** Stable key that stack entries use for their value. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
  /** Row header as shown in the table, e.g. "Ease of Use". */
  label: z.string().trim().min(1),
  /** Row position, unique. */
  order: z.number().int().positive(),
  /** A fair, plain-language explanation of what the aspect means, shown above the table. */
  explanation: z.string().trim().min(1),
});

/** A column of the comparison table: one backend stack (`content/comparison/stacks/*.mdx`). */
export const stackSchema = z.object({
  /** Column header, e.g. "Python (Flask/Django/FastAPI)". */
  name: z.string().trim().min(1),
  /** Column position, unique. */
  order: z.number().int().positive(),
  /** The stack's value for every aspect, keyed by aspect id; every cell needs text. */
  values: z.record(z.string(), z.string().trim().min(1)),
});

export type AspectData = z.infer<typeof aspectSchema>;
export type StackData = z.infer<typeof stackSchema>;
