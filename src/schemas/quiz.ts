import { z } from 'astro/zod';
import { reportDuplicates } from './unique';

/** Languages a question's code snippet may be written in (the lessons' fence languages). */
export const snippetLangs = [
  'python',
  'bash',
  'sql',
  'http',
  'text',
  'yaml',
  'json',
  'dockerfile',
  'toml',
  'ini',
  'hcl',
  'graphql',
] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');
/** Markdown with inline formatting only (`code`, **bold**, [links](#anchor)). */
const inlineMarkdown = z.string().trim().min(1);

/** One answer option of a multiple-choice question. */
export const choiceSchema = z.object({
  /** The option as the learner reads it (inline Markdown). */
  text: inlineMarkdown,
  /** Exactly one option of a question is correct. */
  correct: z.boolean().default(false),
});

/** One self-check question. */
export const questionSchema = z
  .object({
    /** Unique within the topic; used for anchors and the learner's tally. */
    id,
    /** `choice` (radio options, one correct) or `open` (a model answer to compare with). */
    kind: z.enum(['choice', 'open']),
    /** The question (inline Markdown). */
    prompt: inlineMarkdown,
    /** A snippet shown with the question. */
    code: z.string().min(1).optional(),
    /** The snippet's language. */
    lang: z.enum(snippetLangs).default('python'),
    /** The snippet's exact standard output; the unit tests run Python snippets and compare. */
    output: z.string().optional(),
    /** Options of a `choice` question: 3 to 5, exactly one correct. */
    choices: z.array(choiceSchema).min(3).max(5).optional(),
    /** The model answer of an `open` question (inline Markdown). */
    answer: inlineMarkdown.optional(),
    /** Why the answer is right, and the tempting wrong one wrong (inline Markdown). */
    explanation: inlineMarkdown,
    /** Id of the lesson heading that teaches this; the build checks it exists. */
    section: id,
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'choice') {
      if (!q.choices) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'a choice question needs choices' });
      else {
        const correct = q.choices.filter((c) => c.correct).length;
        if (correct !== 1)
          ctx.addIssue({
            code: 'custom',
            path: ['choices'],
            message: `exactly one choice must be correct, found ${correct}`,
          });
      }
      if (q.answer !== undefined)
        ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a choice question has no separate answer' });
    } else {
      if (q.answer === undefined)
        ctx.addIssue({ code: 'custom', path: ['answer'], message: 'an open question needs an answer' });
      if (q.choices !== undefined)
        ctx.addIssue({ code: 'custom', path: ['choices'], message: 'an open question has no choices' });
    }
    if (q.output !== undefined && q.code === undefined)
      ctx.addIssue({ code: 'custom', path: ['output'], message: 'output is given but there is no code' });
  });

/** A topic's self-check (`content/quizzes/<topic-id>.yaml`; the file name is the topic's id). */
export const quizSchema = z
  .object({
    /** 4 to 6 questions, in the order they are asked. */
    questions: z.array(questionSchema).min(4).max(6),
  })
  .superRefine((quiz, ctx) => reportDuplicates(quiz.questions, 'id', ['questions'], 'question id', ctx));

export type QuizData = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
