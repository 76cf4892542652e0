import { describe, expect, it } from 'vitest';
import { parsePageLinks } from '../../src/lib/html-links';
import { findBrokenLinks, type PageLinks } from '../../src/lib/link-check';

const page = (path: string, html: string): PageLinks => ({ path, ...parsePageLinks(html) });

const site = [
  page(
    '/index.html',
    '<main><section id="basic"></section><a href="/repo/basic/">Basic</a><a href="#basic">Jump</a></main>',
  ),
  page(
    '/basic/index.html',
    '<article data-source="content/levels.yaml"><h2 id="intro">x</h2><a href="../">Home</a><a href="/repo/#basic">b</a></article>',
  ),
];

describe('internal link check', () => {
  it('passes a site whose links and anchors all resolve under the base', () => {
    expect(findBrokenLinks(site, '/repo/')).toEqual([]);
  });

  it('reports a link to a missing page, naming the source file', () => {
    const broken = page(
      '/basic/x/index.html',
      '<article data-source="content/topics/x.mdx"><a href="/repo/basic/nope/">n</a></article>',
    );
    expect(findBrokenLinks([...site, broken], '/repo/')).toEqual([
      'content/topics/x.mdx: link "/repo/basic/nope/" goes to a page that does not exist',
    ]);
  });

  it('reports a missing anchor and a link that escapes the base path', () => {
    const broken = page('/y/index.html', '<a href="/repo/basic/#outro">a</a><a href="/basic/">b</a>');
    expect(findBrokenLinks([...site, broken], '/repo/')).toEqual([
      'page /repo/y/: link "/repo/basic/#outro" points to #outro, which is not on that page',
      'page /repo/y/: link "/basic/" is outside the base path /repo/',
    ]);
  });

  it('accepts links to built files that are not pages, and ignores other origins', () => {
    const withAssets = page(
      '/z/index.html',
      '<a href="/repo/sitemap-index.xml">s</a><a href="https://docs.python.org/3/">py</a>',
    );
    expect(findBrokenLinks([...site, withAssets], '/repo/', new Set(['/sitemap-index.xml']))).toEqual([]);
    expect(findBrokenLinks([...site, withAssets], '/repo/')).toHaveLength(1);
  });
});
