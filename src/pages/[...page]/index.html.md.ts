/**
 * The Markdown twin of every content page, next to it: `/basic/x/` has `/basic/x/index.html.md`
 * (the llms.txt convention for a URL ending in `/`). GitHub Pages serves `.md` as text/markdown.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTwinDocs } from '../../lib/content';
import { FALLBACK_SITE } from '../../lib/site';
import { absoluteUrl, homePath } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const docs = await getTwinDocs(absoluteUrl(homePath(), import.meta.env.SITE ?? FALLBACK_SITE));
  return docs.map((doc) => ({ params: { page: doc.page.replace(/\/$/, '') }, props: { markdown: doc.markdown } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ markdown: string }> = ({ props }) =>
  new Response(props.markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
