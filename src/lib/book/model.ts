/**
 * The whole roadmap as a book: a title page, each level (its lessons as chapters, with their
 * self-check questions), the practice projects, the comparison, and an answer key at the back.
 * One model feeds the EPUB (one XHTML file per document) and the /book/ print page (one page),
 * which differ only in how a link reaches another document (`formatHref`): both render the same
 * chapter texts, whose links to other documents are placeholders until then, so they share a parse.
 */
import GithubSlugger from 'github-slugger';
import type { Question } from '../../schemas/quiz';
import { markdownHeadings, portableMarkdown } from '../markdown-body';
import { answerMarkdown, questionMarkdown } from '../markdown-twin';
import { difficultyLabels } from '../practice';
import type { TopicLink } from '../roadmap';
import type { TwinSources } from '../twin-docs';
import { COMPARISON_INTRO } from '../twin-docs';
import { type BookHeading, renderBookMarkdown } from './render';

export interface BookDoc {
  /** Unique in the book: the id of its first heading and, in the EPUB, its file name. */
  readonly id: string;
  readonly title: string;
  /** 1: a part (level, projects, comparison, answer key); 2: a chapter inside the part before it. */
  readonly depth: 1 | 2;
  readonly html: string;
  readonly headings: readonly BookHeading[];
}

export interface Book {
  readonly title: string;
  readonly summary: string;
  /** The site's absolute root, e.g. `https://user.github.io/repo/`. */
  readonly root: string;
  readonly docs: readonly BookDoc[];
}

/** How one document links to another: `#id` on one page, `id.xhtml#id` in an EPUB. */
export type HrefOf = (doc: string, fragment?: string) => string;

export const projectDocId = (id: string): string => `project-${id}`;
export const answersDocId = (topicId: string): string => `answers-${topicId}`;

const list = (items: readonly string[]): string => items.map((i) => `- ${i}`).join('\n');

/** Ids the renderer gives a lesson's `##` headings, as rehype-slug gives them on the site. */
function topicAnchors(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const slugs = markdownHeadings(body).map((h) => slugger.slug(h.text));
  return new Set([
    ...slugs,
    ...['you-can-move-on-when-you-can', 'check-yourself', 'resources'].map((t) => slugger.slug(t)),
  ]);
}

/**
 * Site links become links inside the book when they name a page the book has (a level, a lesson,
 * a project, the comparison), and a spot in a lesson when it is one of the lesson's sections;
 * anything else goes to the website, so a book link never points at a missing anchor. `#x` means
 * `x` in the lesson `here`.
 */
function bookResolver(s: TwinSources, root: string, hrefOf: HrefOf): (here?: string) => (url: string) => string {
  const docs = new Map<string, string>();
  const anchors = new Map<string, Set<string>>();
  for (const level of s.roadmap.levels) {
    docs.set(`/${level.id}/`, level.id);
    for (const t of level.topics) {
      docs.set(`/${t.level}/${t.id}/`, t.id);
      anchors.set(t.id, topicAnchors(s.topicBodies.get(t.id) ?? ''));
    }
  }
  for (const p of s.practice.projects) docs.set(`/projects/${p.id}/`, projectDocId(p.id));
  docs.set('/comparison/', 'comparison');
  const inBook = (doc: string, fragment: string): string =>
    fragment && anchors.get(doc)?.has(fragment) ? hrefOf(doc, `${doc}--${fragment}`) : hrefOf(doc);
  return (here) => (url) => {
    if (url.startsWith('#') && here) return inBook(here, url.slice(1));
    if (!url.startsWith('/') || url.startsWith('//')) return url;
    const [path = '', fragment = ''] = url.split('#');
    const doc = docs.get(path);
    return doc ? inBook(doc, fragment) : root + url.slice(1);
  };
}

/** A link to a book document before it is known which book (EPUB or /book/) renders it. */
const PLACEHOLDER = 'book-doc:';
const placeholderHref: HrefOf = (doc, fragment) =>
  `${PLACEHOLDER}${doc}${fragment === undefined ? '' : `#${fragment}`}`;
const fromPlaceholder =
  (hrefOf: HrefOf) =>
  (url: string): string => {
    if (!url.startsWith(PLACEHOLDER)) return url;
    const at = url.indexOf('#');
    return at < 0
      ? hrefOf(url.slice(PLACEHOLDER.length))
      : hrefOf(url.slice(PLACEHOLDER.length, at), url.slice(at + 1));
  };

/**
 * Builds the book. `title`/`summary` open it; `formatHref` says how documents link each other;
 * `offset` moves every heading down (1 on a web page whose own `h1` is the book's title).
 */
export function buildBook(
  s: TwinSources,
  formatHref: HrefOf,
  head: { title: string; summary: string },
  offset = 0,
): Book {
  const root = s.root.endsWith('/') ? s.root : `${s.root}/`;
  // The chapter texts link other documents through placeholders that become this format's links
  // only when a chapter is rendered: both books then hold the same texts and share their parses.
  const hrefOf = placeholderHref;
  const href = fromPlaceholder(formatHref);
  const resolverIn = bookResolver(s, root, hrefOf);
  const resolve = resolverIn();
  const docs: BookDoc[] = [];
  const add = (id: string, depth: 1 | 2, markdown: string): void => {
    const rendered = renderBookMarkdown(markdown, { id, shift: depth - 1 + offset, href });
    const title = rendered.headings[0]?.title ?? id;
    docs.push({ id, title, depth, ...rendered });
  };
  const topicRef = (t: TopicLink): string => `[${t.title}](${hrefOf(t.id)})`;
  const quizzes: { topic: TopicLink; questions: readonly Question[] }[] = [];

  for (const level of s.roadmap.levels) {
    add(
      level.id,
      1,
      `# ${level.data.title} (${level.data.subtitle})\n\n${level.data.description}\n\nAbout ${level.hours} hours of study. Topics:\n\n${list(level.topics.map(topicRef))}`,
    );
    for (const topic of level.topics) {
      const questions = s.practice.quizzes.get(topic.id) ?? [];
      if (questions.length > 0) quizzes.push({ topic, questions });
      const body = s.topicBodies.get(topic.id);
      if (body === undefined) throw new Error(`Book: no body for topic "${topic.id}"`);
      const inLesson = resolverIn(topic.id);
      const parts = [
        `# ${topic.title}`,
        `*${topic.data.summary}*`,
        `${level.data.title}, topic ${topic.position.index} of ${topic.position.total}. About ${topic.data.hours} hours. Verified against ${topic.data.verifiedAgainst.join(', ')}.`,
        portableMarkdown(body, inLesson),
        `## You can move on when you can…\n\n${list(topic.data.outcomes)}`,
      ];
      if (questions.length > 0) {
        parts.push(
          `## Check yourself\n\n${questions.map((q, i) => portableMarkdown(questionMarkdown(q, i + 1, 3, false), inLesson)).join('\n\n')}\n\n[Answers to these questions](${hrefOf(answersDocId(topic.id))})`,
        );
      }
      parts.push(`## Resources\n\n${list(topic.data.resources.map((r) => `[${r.title}](${r.url})`))}`);
      add(topic.id, 2, parts.join('\n\n'));
    }
  }

  add(
    'projects',
    1,
    `# Practice projects\n\n${list(s.practice.projects.map((p) => `[${p.title}](${hrefOf(projectDocId(p.id))}): ${p.data.summary}`))}`,
  );
  for (const p of s.practice.projects) {
    const body = s.projectBodies.get(p.id);
    if (body === undefined) throw new Error(`Book: no body for project "${p.id}"`);
    const kind = p.data.capstone ? 'Capstone' : `${difficultyLabels[p.data.difficulty]} project`;
    const parts = [
      `# ${p.title}`,
      `*${p.data.summary}*`,
      `${kind}, about ${p.data.hours} hours. Practises: ${p.topics.map(topicRef).join(', ')}.`,
      `## Requirements\n\n${list(p.data.requirements)}`,
      `## Done when\n\n${list(p.data.doneWhen)}`,
      body,
      p.data.extraCredit.length > 0 && `## Extra credit\n\n${list(p.data.extraCredit)}`,
    ];
    add(projectDocId(p.id), 2, portableMarkdown(parts.filter((x) => typeof x === 'string').join('\n\n'), resolve));
  }

  const c = s.comparison;
  const cell = (t: string): string => t.replace(/\|/g, '\\|');
  const table = [
    `| Aspect | ${c.stacks.map((st) => cell(st.data.name)).join(' | ')} |`,
    `| --- | ${c.stacks.map(() => '---').join(' | ')} |`,
    ...c.rows.map((r) => `| ${cell(r.aspect.label)} | ${r.cells.map(cell).join(' | ')} |`),
  ].join('\n');
  const stacks = c.stacks.map(
    (st) => `### ${st.data.name}\n\n${portableMarkdown(s.stackBodies.get(st.id) ?? '', resolve)}`,
  );
  add(
    'comparison',
    1,
    `# Comparison of backend technologies\n\n${COMPARISON_INTRO}\n\n${table}\n\n## What each aspect means\n\n${list(c.aspects.map((a) => `**${a.label}:** ${a.explanation}`))}\n\n## The stacks\n\n${stacks.join('\n\n')}`,
  );

  add(
    'answers',
    1,
    `# Answer key\n\nThe answers to every lesson's "Check yourself" questions, with why each is right.`,
  );
  for (const { topic, questions } of quizzes) {
    const inLesson = resolverIn(topic.id);
    const answers = questions.map(
      (q, i) => `### Question ${i + 1}\n\n${portableMarkdown(answerMarkdown(q), inLesson)}`,
    );
    const back = `[Back to the questions](${hrefOf(topic.id, `${topic.id}--check-yourself`)})`;
    add(answersDocId(topic.id), 2, `# Answers: ${topic.title}\n\n${back}\n\n${answers.join('\n\n')}`);
  }
  return { title: head.title, summary: head.summary, root, docs };
}
