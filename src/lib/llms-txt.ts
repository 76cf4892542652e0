/**
 * llms.txt (https://llmstxt.org): a Markdown file at the site's base path for AI assistants. Its
 * shape is fixed: an H1 with the name, a blockquote summary, optional paragraphs, then `##`
 * sections that each hold one list of `[title](url): note` links; a section named "Optional"
 * may be skipped when context is short. `parseLlmsTxt` reads that shape back, strictly, so a
 * test can prove the file follows it.
 */

export interface LlmsLink {
  readonly title: string;
  readonly url: string;
  readonly note?: string;
}

export interface LlmsSection {
  readonly title: string;
  readonly links: readonly LlmsLink[];
}

export interface LlmsTxt {
  readonly title: string;
  readonly summary: string;
  /** Paragraphs between the summary and the first section. */
  readonly details: readonly string[];
  readonly sections: readonly LlmsSection[];
}

/** Link titles and notes stay on one line, and a title cannot close its own brackets. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const linkTitle = (text: string): string => oneLine(text).replace(/([[\]])/g, '\\$1');

/** Writes an llms.txt document. */
export function formatLlmsTxt(doc: LlmsTxt): string {
  const parts = [`# ${oneLine(doc.title)}`, `> ${oneLine(doc.summary)}`, ...doc.details.map(oneLine)];
  for (const section of doc.sections) {
    const links = section.links.map(
      (l) => `- [${linkTitle(l.title)}](${l.url})${l.note ? `: ${oneLine(l.note)}` : ''}`,
    );
    parts.push(`## ${oneLine(section.title)}\n\n${links.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** Thrown when a text does not follow the llms.txt shape; the message names the line. */
export class LlmsTxtError extends Error {
  constructor(line: number, problem: string) {
    super(`llms.txt line ${line}: ${problem}`);
    this.name = 'LlmsTxtError';
  }
}

const LINK = /^- \[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)(?:: (.+))?$/;

/** Reads an llms.txt document, or throws an LlmsTxtError naming the first line out of shape. */
export function parseLlmsTxt(text: string): LlmsTxt {
  const lines = text.split('\n');
  const title = /^# (.+)$/.exec(lines[0] ?? '')?.[1];
  if (!title) throw new LlmsTxtError(1, 'the file must start with "# " and the name');
  let i = 1;
  while (lines[i] === '') i++;
  const summary = /^> (.+)$/.exec(lines[i] ?? '')?.[1];
  if (!summary) throw new LlmsTxtError(i + 1, 'a "> " summary must follow the title');
  i++;
  const details: string[] = [];
  const sections: { title: string; links: LlmsLink[] }[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heading = /^## (.+)$/.exec(line);
    const current = sections.at(-1);
    if (heading?.[1]) {
      sections.push({ title: heading[1], links: [] });
    } else if (!current) {
      if (line.startsWith('#')) throw new LlmsTxtError(i + 1, 'only "## " section headings may follow the summary');
      details.push(line);
    } else {
      const link = LINK.exec(line);
      if (!link?.[1] || !link[2]) throw new LlmsTxtError(i + 1, `expected "- [title](url): note", found "${line}"`);
      current.links.push({
        title: link[1].replace(/\\([[\]])/g, '$1'),
        url: link[2],
        ...(link[3] ? { note: link[3] } : {}),
      });
    }
  }
  for (const section of sections) {
    if (section.links.length === 0) throw new LlmsTxtError(lines.length, `section "${section.title}" has no links`);
  }
  return { title, summary, details, sections };
}

/** The largest llms-full.txt we publish: beyond this, many assistants truncate it. */
export const LLMS_FULL_MAX_BYTES = 1.5 * 1024 * 1024;

/**
 * llms-full.txt: a short header, then every document in order, each separated by a rule. Throws
 * when the result is over `maxBytes`, so the build fails instead of publishing a cut file.
 */
export function formatLlmsFull(
  head: { title: string; summary: string },
  docs: readonly string[],
  maxBytes = LLMS_FULL_MAX_BYTES,
): string {
  const text = `# ${oneLine(head.title)}\n\n> ${oneLine(head.summary)}\n\n${docs.map((d) => d.trim()).join('\n\n---\n\n')}\n`;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) throw new Error(`llms-full.txt is ${bytes} bytes, over the ${maxBytes}-byte limit`);
  return text;
}
