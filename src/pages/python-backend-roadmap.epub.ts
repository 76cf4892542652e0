/**
 * The whole roadmap as one EPUB 3 file (src/lib/book/), built with the site. It is fetched when
 * a reader follows the link, never precached: e-readers want the file, not an offline page.
 */
import type { APIRoute } from 'astro';
import { EPUB_MEDIA_TYPE, epubHref, zipEpub } from '../lib/book/epub';
import { buildBook } from '../lib/book/model';
import { getReachSources } from '../lib/content';
import { SITE_SUMMARY, SITE_TITLE } from '../lib/llms-site';
import { FALLBACK_SITE } from '../lib/site';
import { absoluteUrl, homePath } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const root = absoluteUrl(homePath(), site ?? FALLBACK_SITE);
  const book = buildBook(await getReachSources(root), epubHref, { title: SITE_TITLE, summary: SITE_SUMMARY });
  // The build day, as the site's footer shows it: rebuilding on the same day gives the same file.
  const date = new Date().toISOString().slice(0, 10);
  const bytes = zipEpub(book, { identifier: root, date, language: 'en' });
  // A copy typed as backed by a plain ArrayBuffer, which is what a Response body accepts.
  return new Response(Uint8Array.from(bytes), { headers: { 'Content-Type': EPUB_MEDIA_TYPE } });
};
