/**
 * The words search can correct a typo to (src/lib/search-typo.ts) and the technologies' aliases
 * (src/lib/search-query.ts), fetched by the search UI with its first query. Built from the
 * topics and technologies, so it grows with the content.
 */
import type { APIRoute } from 'astro';
import { getRoadmap } from '../lib/content';
import { searchTermsFile } from '../lib/search-terms';

export const GET: APIRoute = async () => {
  const roadmap = await getRoadmap();
  const file = searchTermsFile(roadmap.topics.map((t) => ({ ...t.data, title: t.title })));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
