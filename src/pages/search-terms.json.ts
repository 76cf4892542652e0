/**
 * The words search can correct a typo to (src/lib/search-typo.ts), fetched by the search UI only
 * when a query's results look like junk. Built from the topics, so it grows with the content.
 */
import type { APIRoute } from 'astro';
import { getRoadmap } from '../lib/content';
import { searchVocabulary } from '../lib/search-terms';

export const GET: APIRoute = async () => {
  const roadmap = await getRoadmap();
  const words = searchVocabulary(roadmap.topics.map((t) => ({ ...t.data, title: t.title })));
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
