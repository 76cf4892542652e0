/** `/.well-known/security.txt` under the base path (src/lib/security-txt.ts). */
import type { APIRoute } from 'astro';
import { siteRepository } from '../../lib/repository';
import { securityTxt } from '../../lib/security-txt';
import { absoluteUrl, homePath, withBase } from '../../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => (site ? absoluteUrl(path, site) : path);
  const text = securityTxt({
    repository: siteRepository(),
    canonical: url(withBase('/.well-known/security.txt')),
    home: url(homePath()),
    now: new Date(),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
