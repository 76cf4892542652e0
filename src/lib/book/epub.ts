/**
 * The book (src/lib/book/model.ts) as an EPUB 3 file: one XHTML file per document, a navigation
 * document nested levels → lessons → sections, a package document with language and modified
 * date, and a stylesheet that wraps code rather than cutting it off on a small screen. fflate
 * zips it, with the uncompressed `mimetype` entry first, as the OCF container format requires.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Book, BookDoc } from './model';

export const EPUB_MEDIA_TYPE = 'application/epub+zip';

/** In-book links between documents: each document is its own file. */
export const epubHref = (doc: string, fragment?: string): string => `${doc}.xhtml${fragment ? `#${fragment}` : ''}`;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);

/** The EPUB's stylesheet: readable on a phone-sized reader, code wrapped, not clipped. */
export const EPUB_CSS = `body { font-family: serif; line-height: 1.5; margin: 0 4%; }
h1, h2, h3, h4 { font-family: sans-serif; line-height: 1.25; page-break-after: avoid; break-after: avoid; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; font-size: 0.85em; line-height: 1.35;
  padding: 0.5em; border: 1px solid #999; border-radius: 4px; page-break-inside: auto; }
code { font-family: monospace; overflow-wrap: anywhere; }
blockquote { margin: 1em 0; padding-left: 0.8em; border-left: 3px solid #777; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.3em; vertical-align: top; text-align: left; }
nav ol { list-style: none; padding-left: 1em; }
`;

export interface EpubMeta {
  /** A stable identifier for the book, e.g. the site's URL. */
  readonly identifier: string;
  /** `YYYY-MM-DD` the book was built. */
  readonly date: string;
  readonly language: string;
}

function xhtml(title: string, body: string, language: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${language}" lang="${language}">
<head>
<meta charset="UTF-8" />
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="book.css" />
</head>
<body>
${body}
</body>
</html>
`;
}

const link = (href: string, text: string): string => `<a href="${escapeXml(href)}">${escapeXml(text)}</a>`;

/** The nested table of contents: parts, their chapters, and each document's own sections. */
function navList(docs: readonly BookDoc[]): string {
  const sections = (doc: BookDoc): string => {
    const items = doc.headings
      .filter((h) => h.depth === doc.depth + 1)
      .map((h) => `<li>${link(epubHref(doc.id, h.id), h.title)}</li>`);
    return items.length > 0 ? `<ol>${items.join('')}</ol>` : '';
  };
  const parts: string[] = [];
  for (let i = 0; i < docs.length; i++) {
    const part = docs[i];
    if (part?.depth !== 1) continue;
    const chapters: string[] = [];
    for (let j = i + 1; j < docs.length && docs[j]?.depth === 2; j++) {
      const chapter = docs[j];
      if (chapter) chapters.push(`<li>${link(epubHref(chapter.id), chapter.title)}${sections(chapter)}</li>`);
    }
    const inner = chapters.length > 0 ? `<ol>${chapters.join('\n')}</ol>` : sections(part);
    parts.push(`<li>${link(epubHref(part.id), part.title)}${inner}</li>`);
  }
  return `<ol>\n${parts.join('\n')}\n</ol>`;
}

/** Every file of the EPUB but `mimetype`, by path, in the order they are zipped. */
export function epubFiles(book: Book, meta: EpubMeta): [string, string][] {
  const { language } = meta;
  const titlePage = `<section epub:type="titlepage"><h1>${escapeXml(book.title)}</h1><p>${escapeXml(book.summary)}</p><p>Built on ${meta.date} from ${link(book.root, book.root)}, where the lessons, your progress tracking and search live. The answers to the self-check questions are in the answer key at the back.</p><p>Content CC BY 4.0; code examples MIT.</p></section>`;
  const nav = `<nav epub:type="toc" id="toc"><h1>Contents</h1>\n${navList(book.docs)}\n</nav>`;
  const docs = book.docs.map((doc): [string, string] => [
    `OEBPS/${doc.id}.xhtml`,
    xhtml(
      doc.title,
      `<section epub:type="${doc.depth === 1 ? 'part' : 'chapter'}">\n${doc.html}\n</section>`,
      language,
    ),
  ]);
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />',
    '<item id="css" href="book.css" media-type="text/css" />',
    '<item id="title-page" href="title.xhtml" media-type="application/xhtml+xml" />',
    ...book.docs.map((d) => `<item id="doc-${d.id}" href="${d.id}.xhtml" media-type="application/xhtml+xml" />`),
  ];
  const spine = ['title-page', 'nav', ...book.docs.map((d) => `doc-${d.id}`)].map((id) => `<itemref idref="${id}" />`);
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${language}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeXml(meta.identifier)}</dc:identifier>
<dc:title>${escapeXml(book.title)}</dc:title>
<dc:language>${language}</dc:language>
<dc:creator>Python Backend Roadmap contributors</dc:creator>
<dc:description>${escapeXml(book.summary)}</dc:description>
<dc:rights>Content CC BY 4.0; code examples MIT.</dc:rights>
<meta property="dcterms:modified">${meta.date}T00:00:00Z</meta>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${spine.join('\n')}
</spine>
</package>
`;
  const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml" /></rootfiles>
</container>
`;
  return [
    ['META-INF/container.xml', container],
    ['OEBPS/content.opf', opf],
    ['OEBPS/book.css', EPUB_CSS],
    ['OEBPS/title.xhtml', xhtml(book.title, titlePage, language)],
    ['OEBPS/nav.xhtml', xhtml('Contents', nav, language)],
    ...docs,
  ];
}

/** Zips the book: `mimetype` first and stored, then everything else deflated. */
export function zipEpub(book: Book, meta: EpubMeta): Uint8Array {
  const mtime = new Date(`${meta.date}T00:00:00Z`);
  const files: Zippable = { mimetype: [strToU8(EPUB_MEDIA_TYPE), { level: 0, mtime }] };
  for (const [path, text] of epubFiles(book, meta)) files[path] = [strToU8(text), { level: 9, mtime }];
  return zipSync(files);
}
