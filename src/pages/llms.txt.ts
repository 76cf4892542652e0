/** llms.txt at the base path (src/lib/llms-site.ts): the roadmap's map for AI assistants. */
import type { APIRoute } from 'astro';
import { getTwinDocs } from '../lib/content';
import { siteLlmsTxt } from '../lib/llms-site';
import { formatLlmsTxt } from '../lib/llms-txt';
import { FALLBACK_SITE } from '../lib/site';
import { absoluteUrl, homePath } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const root = absoluteUrl(homePath(), site ?? FALLBACK_SITE);
  const docs = await getTwinDocs(root);
  return new Response(formatLlmsTxt(siteLlmsTxt(docs, root)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
