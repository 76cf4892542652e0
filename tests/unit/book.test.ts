import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { epubFiles, epubHref, zipEpub } from '../../src/lib/book/epub';
import type { Book } from '../../src/lib/book/model';
import { renderBookMarkdown } from '../../src/lib/book/render';

describe('book Markdown rendering', () => {
  const { html, headings } = renderBookMarkdown(
    '# Testing\n\n## Unit tests\n\nA <b>raw</b> tag & `code`.\n\n| a | b |\n| :- | -: |\n| 1 | 2 |\n\n## Unit tests\n\n```python\nprint("<x>")\n```',
    { id: 'testing', shift: 1 },
  );

  it('shifts headings and gives ids that are unique across the book', () => {
    expect(headings).toEqual([
      { depth: 2, id: 'testing', title: 'Testing' },
      { depth: 3, id: 'testing--unit-tests', title: 'Unit tests' },
      { depth: 3, id: 'testing--unit-tests-1', title: 'Unit tests' },
    ]);
    expect(html).toContain('<h2 id="testing">Testing</h2>');
  });

  it('writes well-formed XHTML: escaped text, no raw HTML, no obsolete table alignment', () => {
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#x26;');
    expect(html).toContain('print("&#x3C;x>")');
    expect(html).not.toMatch(/\balign=/);
  });
});

describe('one chapter text rendered for two books', () => {
  const text = '# Caching\n\nSee [the queues](book-doc:queues#queues--retries) and [Redis](https://redis.io/).';
  const epub = renderBookMarkdown(text, { id: 'caching', href: (u) => u.replace('book-doc:', 'x/') });
  const page = renderBookMarkdown(text, { id: 'caching', shift: 1, href: (u) => u.replace(/^book-doc:[^#]*/, '') });

  it('gives each book its own links and heading levels from the one parse of the text', () => {
    expect(epub.html).toContain('<h1 id="caching">Caching</h1>');
    expect(epub.html).toContain('<a href="x/queues#queues--retries">the queues</a>');
    expect(page.html).toContain('<h2 id="caching">Caching</h2>');
    expect(page.html).toContain('<a href="#queues--retries">the queues</a>');
    expect(page.html).toContain('<a href="https://redis.io/">Redis</a>');
    // Rendering again is unchanged by the earlier renders (they changed copies, not the shared tree).
    expect(renderBookMarkdown(text, { id: 'caching' }).html).toContain(
      '<h1 id="caching">Caching</h1>\n<p>See <a href="book-doc:queues#queues--retries">',
    );
  });
});

const book: Book = {
  title: 'Roadmap',
  summary: 'A path & more.',
  root: 'https://u.github.io/r/',
  docs: [
    {
      id: 'basic',
      title: 'Basic',
      depth: 1,
      html: '<h1 id="basic">Basic</h1>',
      headings: [{ depth: 1, id: 'basic', title: 'Basic' }],
    },
    {
      id: 'intro',
      title: 'Intro',
      depth: 2,
      html: '<h2 id="intro">Intro</h2><h3 id="intro--a">A</h3>',
      headings: [
        { depth: 2, id: 'intro', title: 'Intro' },
        { depth: 3, id: 'intro--a', title: 'A' },
      ],
    },
  ],
};
const meta = { identifier: 'https://u.github.io/r/', date: '2026-12-06', language: 'en' };

describe('the EPUB', () => {
  it('nests the navigation parts → chapters → sections', () => {
    const nav = new Map(epubFiles(book, meta)).get('OEBPS/nav.xhtml') ?? '';
    expect(nav).toContain(
      '<li><a href="basic.xhtml">Basic</a><ol><li><a href="intro.xhtml">Intro</a><ol><li><a href="intro.xhtml#intro--a">A</a></li></ol></li></ol></li>',
    );
    expect(nav).toContain('epub:type="toc"');
  });

  it('declares the language and the modified date, and lists every document in the spine', () => {
    const opf = new Map(epubFiles(book, meta)).get('OEBPS/content.opf') ?? '';
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-06T00:00:00Z</meta>');
    expect(opf).toContain('<dc:description>A path &amp; more.</dc:description>');
    expect([...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'title-page',
      'nav',
      'doc-basic',
      'doc-intro',
    ]);
  });

  it('zips the mimetype first, stored, and links documents by file', () => {
    const zip = zipEpub(book, meta);
    const files = unzipSync(zip);
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(strFromU8(files['mimetype'] ?? new Uint8Array())).toBe('application/epub+zip');
    expect(zip[8]).toBe(0); // compression method of the first entry: stored
    expect(epubHref('intro', 'intro--a')).toBe('intro.xhtml#intro--a');
  });
});
