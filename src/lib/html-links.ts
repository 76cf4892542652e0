/** Extracts what the link check needs from a built page: its ids, its links and its source. */
import { Parser } from 'htmlparser2';

export interface ParsedPage {
  /** Every `id` on the page (fragment targets). */
  readonly ids: ReadonlySet<string>;
  /** Every `href` of an `<a>` element. */
  readonly links: readonly string[];
  /** The content file the page renders, from `data-source` on its main content, if any. */
  readonly source: string | undefined;
}

export function parsePageLinks(html: string): ParsedPage {
  const ids = new Set<string>();
  const links: string[] = [];
  let source: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs['id']) ids.add(attrs['id']);
      if (name === 'a' && attrs['href'] !== undefined) links.push(attrs['href']);
      if (attrs['data-source'] && source === undefined) source = attrs['data-source'];
    },
  });
  parser.end(html);
  return { ids, links, source };
}
