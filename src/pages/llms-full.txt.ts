/** llms-full.txt: every lesson's Markdown twin in one file, at most 1.5 MB (the build fails beyond). */
import type { APIRoute } from 'astro';
import { getTwinDocs } from '../lib/content';
import { siteLlmsFull } from '../lib/llms-site';
import { FALLBACK_SITE } from '../lib/site';
import { absoluteUrl, homePath } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const docs = await getTwinDocs(absoluteUrl(homePath(), site ?? FALLBACK_SITE));
  return new Response(siteLlmsFull(docs), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
