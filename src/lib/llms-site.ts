/**
 * What this site says in llms.txt and llms-full.txt: one section per level (the level, then its
 * lessons in order), the projects, and an "Optional" section with the comparison and the
 * full-text file. Every link points at a Markdown twin (src/lib/markdown-twin.ts).
 */
import { formatLlmsFull, type LlmsLink, type LlmsTxt } from './llms-txt';
import { twinPath } from './markdown-twin';
import { SITE_NAME } from './site';
import type { TwinDoc } from './twin-docs';

export const SITE_TITLE = SITE_NAME;

/** The one-line summary both files open with. */
export const SITE_SUMMARY =
  'A free, step-by-step roadmap for becoming a Python backend developer: levels of short lessons with runnable code, self-check questions and practice projects, from Python basics to microservices.';

const twinUrl = (doc: TwinDoc): string => twinPath(doc.url);

/** The llms.txt model of the site, from its twins in roadmap order. */
export function siteLlmsTxt(
  docs: readonly TwinDoc[],
  root: string,
  extras: readonly { title: string; url: string; note: string }[] = [],
): LlmsTxt {
  const sections: { title: string; links: LlmsLink[] }[] = [];
  for (const doc of docs) {
    if (doc.kind === 'level') sections.push({ title: doc.title, links: [] });
    const section = sections.at(-1);
    if ((doc.kind === 'level' || doc.kind === 'lesson') && section) {
      section.links.push({
        title: doc.kind === 'level' ? `${doc.title}: overview` : doc.title,
        url: twinUrl(doc),
        note: doc.summary,
      });
    }
  }
  const projects = docs.filter((d) => d.kind === 'project');
  if (projects.length > 0) {
    sections.push({
      title: 'Projects',
      links: projects.map((d) => ({ title: d.title, url: twinUrl(d), note: d.summary })),
    });
  }
  const optional = [
    ...docs.filter((d) => d.kind === 'comparison').map((d) => ({ title: d.title, url: twinUrl(d), note: d.summary })),
    {
      title: 'Every lesson in one file',
      url: `${root}llms-full.txt`,
      note: 'all lessons with their self-check answers, in roadmap order',
    },
    ...extras,
  ];
  sections.push({ title: 'Optional', links: optional });
  return {
    title: SITE_TITLE,
    summary: SITE_SUMMARY,
    details: [
      `Each link is the Markdown twin of a page on ${root}: the lesson text, code, outcomes, self-check questions with answers and resources, without navigation. Every page links its twin with <link rel="alternate" type="text/markdown">. Lessons were checked against the Python version each one names.`,
    ],
    sections,
  };
}

/** llms-full.txt: every lesson's twin in roadmap order. */
export function siteLlmsFull(docs: readonly TwinDoc[]): string {
  return formatLlmsFull(
    { title: `${SITE_TITLE}: every lesson`, summary: SITE_SUMMARY },
    docs.filter((d) => d.kind === 'lesson').map((d) => d.markdown),
  );
}
