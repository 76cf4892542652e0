import { z } from 'astro/zod';
import { reportDuplicates } from './unique';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');
const code = z.string().trim().min(1);

/** A hidden check: Python run after the learner's code, in a copy of its namespace. */
export const checkSchema = z.object({
  /** Unique within the exercise; wrong solutions name the check they must fail. */
  name: id,
  /** Plain `assert`s (an assert's own message, e.g. `f"got {x!r}"`, is shown after `message`). */
  code,
  /** What the learner reads when the check fails, in words (inline Markdown). */
  message: z.string().trim().min(1),
});

/** A plausible mistake and the check that must catch it (the build and the unit tests prove it). */
export const wrongSolutionSchema = z.object({
  code,
  /** The name of a check this code must fail. */
  fails: id,
  /** The mistake in a few words, for the maintainers. */
  mistake: z.string().trim().min(1),
});

/** One graded exercise. */
export const exerciseSchema = z
  .object({
    /** Permanent and unique across all topics: the learner's status and code are stored under it. */
    id,
    title: z.string().trim().min(1),
    /** Id of the lesson heading this exercise practises; the build checks it exists. */
    section: id,
    /** The task, in Markdown. */
    prompt: z.string().trim().min(1),
    /** What the editor starts with. */
    starter: code,
    checks: z.array(checkSchema).min(2).max(8),
    /** From gentle to specific. */
    hints: z.array(z.string().trim().min(1)).min(1).max(3),
    solution: code,
    wrong: z.array(wrongSolutionSchema).min(1),
  })
  .superRefine((ex, ctx) => {
    reportDuplicates(ex.checks, 'name', ['checks'], 'check name', ctx);
    const names = new Set(ex.checks.map((c) => c.name));
    ex.wrong.forEach((w, i) => {
      if (!names.has(w.fails))
        ctx.addIssue({ code: 'custom', path: ['wrong', i, 'fails'], message: `no check is named "${w.fails}"` });
    });
  });

/** A topic's exercises (`content/exercises/<topic-id>.yaml`; the file name is the topic's id). */
export const exerciseFileSchema = z
  .object({
    /** At least 3, in the order a learner should do them. */
    exercises: z.array(exerciseSchema).min(3),
  })
  .superRefine((file, ctx) => reportDuplicates(file.exercises, 'id', ['exercises'], 'exercise id', ctx));

export type ExerciseFile = z.infer<typeof exerciseFileSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;
export type Check = z.infer<typeof checkSchema>;
