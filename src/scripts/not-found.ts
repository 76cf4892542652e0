/**
 * On the 404 page: "Did you mean …?" for the address that was asked for. The candidates are the
 * page's own links (every page of the site, written at build time with the base path), so this
 * script carries no list; src/lib/not-found.ts picks the match.
 */
import { suggestPage } from '../lib/not-found';

const box = document.querySelector('[data-not-found-suggestion]');
const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')];
const target = suggestPage(
  location.pathname,
  links.map((a) => a.pathname),
  import.meta.env.BASE_URL,
);
const match = links.find((a) => a.pathname === target);

if (box && match) {
  const link = document.createElement('a');
  link.href = match.pathname;
  link.textContent = match.textContent;
  const path = document.createElement('code');
  path.textContent = match.pathname.slice(import.meta.env.BASE_URL.length - 1);
  const line = document.createElement('p');
  line.append('Did you mean ', link, ' (', path, ')?');
  box.append(line);
}
