/**
 * An exercise's hidden checks as JSON, fetched by the exercise page on Check: the code goes to
 * the Python worker, the messages (inline Markdown rendered here) to the feedback. Kept out of
 * the page's HTML so neither the page text nor the search index gives the checks away.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExercises } from '../../../lib/content';
import type { ExerciseChecks } from '../../../lib/exercises/model';
import { inlineMarkdown } from '../../../lib/inline-markdown';

export const getStaticPaths = (async () => {
  const exercises = await getExercises();
  return [...exercises.checks.values()].map((checks) => ({ params: { exercise: checks.id }, props: { checks } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ checks: ExerciseChecks }> = ({ props }) => {
  const { id, checks } = props.checks;
  const body = { id, checks: checks.map((c) => ({ name: c.name, code: c.code, message: inlineMarkdown(c.message) })) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
