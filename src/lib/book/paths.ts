/** Where the book editions live (under the base path, like every site URL: src/lib/urls.ts). */
import { withBase } from '../urls';

/** The EPUB file's name: what a reader's device keeps. */
export const EPUB_FILE = 'python-backend-roadmap.epub';
export const epubPath = (base?: string): string => withBase(`/${EPUB_FILE}`, base);
export const bookPath = (base?: string): string => withBase('/book/', base);
