/**
 * The web app manifest, so the roadmap installs as an app. Its start URL and scope are the site's
 * base path: a copy on `USER.github.io/REPO/` installs as its own app, not the whole origin.
 */
import type { APIRoute } from 'astro';
import { THEME_COLORS } from '../lib/pwa';
import { SITE_NAME } from '../lib/site';
import { withBase } from '../lib/urls';

export const GET: APIRoute = () => {
  const manifest = {
    name: SITE_NAME,
    short_name: 'Py Backend',
    description: 'A path from Python basics to running backends in production, with lessons, practice and progress.',
    id: withBase('/'),
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: [
      { src: withBase('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: withBase('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: withBase('/icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
