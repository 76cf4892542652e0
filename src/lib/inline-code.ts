/**
 * Seed texts use Markdown backticks for code (`Learn \`pip\` for managing dependencies`).
 * Outside MDX bodies (cards, lists, the table of contents) we split them into segments that
 * templates render as text and `<code>`, and strip them where only plain text fits.
 */
export interface TextSegment {
  readonly text: string;
  readonly code: boolean;
}

export function inlineCodeSegments(source: string): TextSegment[] {
  return source
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? { text: part.slice(1, -1), code: true }
        : { text: part, code: false },
    );
}

/** The text a reader sees, without backticks (for titles, meta tags and aria labels). */
export function plainText(source: string): string {
  return inlineCodeSegments(source)
    .map((segment) => segment.text)
    .join('');
}
