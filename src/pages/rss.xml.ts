/** The RSS feed of "What's new" (content/changelog.yaml), with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChangelog } from '../lib/content';
import { FALLBACK_SITE, SITE_NAME } from '../lib/site';
import { absoluteUrl, whatsNewPath, withBase } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL(FALLBACK_SITE);
  const changes = await getChangelog();
  return rss({
    title: `${SITE_NAME}: what’s new`,
    description: `The latest changes to the lessons, practice and features of the ${SITE_NAME}.`,
    site: absoluteUrl(withBase('/'), origin),
    items: changes.map(({ data }) => ({
      title: data.title,
      pubDate: data.date,
      description: data.summary,
      link: absoluteUrl(data.links[0] ? withBase(data.links[0].href) : `${whatsNewPath()}#change-${data.id}`, origin),
    })),
    customData: '<language>en</language>',
  });
};
