/** robots.txt that points crawlers at the sitemap under the site's base path. */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? absoluteUrl(withBase('/sitemap-index.xml'), site) : withBase('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
};
