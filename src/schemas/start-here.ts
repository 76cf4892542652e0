import { z } from 'astro/zod';

/** One step of "If you already know Java or JavaScript, start here". */
export const startHereStepSchema = z.object({
  /** How to treat the topics: the words before the links ("Start with"). */
  lead: z.string().trim().min(1),
  /** Topic ids, in the order they are named; the build fails on an id that is not a topic. */
  topics: z.array(z.string().trim().min(1)).min(1),
  /** Why, in a sentence that follows the links. */
  note: z.string().trim().min(1),
});

/** The comparison page's path into the roadmap for Java and JavaScript developers (`content/comparison/start-here.yaml`). */
export const startHereSchema = z.object({
  steps: z.array(startHereStepSchema).min(1),
});

export type StartHereStep = z.infer<typeof startHereStepSchema>;
export type StartHereData = z.infer<typeof startHereSchema>;
