/**
 * The Markdown twins: what each content page teaches (not its chrome), as one Markdown document
 * served next to the page (`…/index.html.md`). Pure functions over plain data, so they run in
 * Vitest; src/pages/[...page]/index.html.md.ts feeds them the collections.
 */
import type { Question } from '../schemas/quiz';
import type { Resource } from '../schemas/topic';
import { portableMarkdown } from './markdown-body';

/** The file name of a page's twin, inside the page's directory (see twinPath). */
export const TWIN_FILE = 'index.html.md';

/**
 * The twin of a page path (`/repo/basic/x/` → `/repo/basic/x/index.html.md`). The llms.txt
 * convention appends `.md` to a page's URL and `index.html.md` to one that ends in `/`; GitHub
 * Pages serves `.md` files as `text/markdown`.
 */
export function twinPath(pagePath: string): string {
  if (!pagePath.endsWith('/')) throw new Error(`twinPath: "${pagePath}" is not a directory-style page path`);
  return pagePath + TWIN_FILE;
}

/** A link to another page, resolved to an absolute URL. */
export interface PageLink {
  readonly title: string;
  readonly url: string;
  readonly note?: string;
}

const listOf = (items: readonly string[]): string => items.map((i) => `- ${i}`).join('\n');
const linkList = (links: readonly PageLink[]): string =>
  listOf(links.map((l) => `[${l.title}](${l.url})${l.note ? `: ${l.note}` : ''}`));
const section = (title: string, body: string): string => `## ${title}\n\n${body}`;
const join = (parts: readonly (string | false | undefined)[]): string =>
  `${parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n')}\n`;

/** A fence long enough for `code` (one backtick more than its longest run, at least three). */
export function fenced(code: string, lang = ''): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code.replace(/\n$/, '')}\n${fence}`;
}

const LETTERS = 'ABCDE';

/** One self-check question with its answer, numbered; `heading` is the Markdown heading depth. */
export function questionMarkdown(q: Question, n: number, depth = 3, withAnswer = true): string {
  const parts = [`${'#'.repeat(depth)} Question ${n}`, q.prompt];
  if (q.code) parts.push(fenced(q.code, q.lang));
  if (q.choices) parts.push(listOf(q.choices.map((c, i) => `${LETTERS[i]}. ${c.text}`)));
  if (withAnswer) parts.push(answerMarkdown(q));
  return parts.join('\n\n');
}

/** The answer and explanation of a question, as one paragraph. */
export function answerMarkdown(q: Question): string {
  const index = q.choices?.findIndex((c) => c.correct) ?? -1;
  const answer = q.choices ? `${LETTERS[index]}. ${q.choices[index]?.text ?? ''}` : (q.answer ?? '');
  return `**Answer:** ${answer}\n\n${q.explanation}`;
}

export interface LessonTwin {
  readonly title: string;
  readonly summary: string;
  readonly url: string;
  /** e.g. "Basic Level (Foundations), topic 1 of 7". */
  readonly place: string;
  readonly hours: number;
  readonly verifiedAgainst: readonly string[];
  /** The MDX body as written. */
  readonly body: string;
  readonly outcomes: readonly string[];
  readonly questions: readonly Question[];
  /** The topic's graded exercises (links to their pages, with the section each practises). */
  readonly exercises: readonly PageLink[];
  readonly projects: readonly PageLink[];
  readonly resources: readonly Resource[];
  readonly related: readonly PageLink[];
}

/** The facts line under a twin's title. */
const facts = (items: readonly string[]): string =>
  items
    .map((i) => `${i}  `)
    .join('\n')
    .replace(/ {2}$/, '');

/** A lesson's twin: title, summary, the lesson, outcomes, self-check, exercises, projects, resources. */
export function lessonTwin(t: LessonTwin, resolve: (url: string) => string): string {
  return join([
    `# ${t.title}`,
    `> ${t.summary}`,
    facts([
      t.place,
      `Study time: about ${t.hours} hours`,
      `Verified against: ${t.verifiedAgainst.join(', ')}`,
      `Web page: <${t.url}>`,
    ]),
    portableMarkdown(t.body, resolve),
    section('You can move on when you can…', listOf(t.outcomes)),
    t.questions.length > 0 &&
      section(
        'Check yourself',
        t.questions.map((q, i) => portableMarkdown(questionMarkdown(q, i + 1), resolve)).join('\n\n'),
      ),
    t.exercises.length > 0 && section('Exercises', linkList(t.exercises)),
    t.projects.length > 0 && section('Practise this in', linkList(t.projects)),
    section('Resources', linkList(t.resources.map((r) => ({ title: r.title, url: r.url, note: r.kind })))),
    t.related.length > 0 && section('Related topics', linkList(t.related)),
  ]);
}

export interface LevelTwin {
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly hours: number;
  readonly topics: readonly PageLink[];
  readonly projects: readonly PageLink[];
}

/** A level's twin: what it covers, then each topic as a section with its summary, then its projects. */
export function levelTwin(l: LevelTwin): string {
  return join([
    `# ${l.title}`,
    `> ${l.description}`,
    facts([`Study time: about ${l.hours} hours`, `Web page: <${l.url}>`]),
    ...l.topics.map((t) => section(t.title, `${t.note ? `${t.note}\n\n` : ''}Lesson: <${t.url}>`)),
    l.projects.length > 0 && section('Practise this level', linkList(l.projects)),
  ]);
}

export interface ProjectTwin {
  readonly title: string;
  readonly summary: string;
  readonly url: string;
  /** e.g. "Basic level, starter project". */
  readonly kind: string;
  readonly hours: number;
  readonly practises: readonly PageLink[];
  readonly requirements: readonly string[];
  readonly doneWhen: readonly string[];
  readonly body: string;
  readonly extraCredit: readonly string[];
}

/** A project's twin: the brief, requirements, acceptance checks, the guide, extra credit. */
export function projectTwin(p: ProjectTwin, resolve: (url: string) => string): string {
  return join([
    `# ${p.title}`,
    `> ${p.summary}`,
    facts([p.kind, `Study time: about ${p.hours} hours`, `Web page: <${p.url}>`]),
    `Practises: ${p.practises.map((t) => `[${t.title}](${t.url})`).join(', ')}`,
    section('Requirements', portableMarkdown(listOf(p.requirements), resolve)),
    section('Done when', portableMarkdown(listOf(p.doneWhen), resolve)),
    portableMarkdown(p.body, resolve),
    p.extraCredit.length > 0 && section('Extra credit', portableMarkdown(listOf(p.extraCredit), resolve)),
  ]);
}

export interface ComparisonTwin {
  readonly title: string;
  readonly intro: string;
  readonly url: string;
  readonly stacks: readonly { readonly name: string; readonly body: string }[];
  readonly aspects: readonly { readonly label: string; readonly explanation: string }[];
  /** One row per aspect: its label and one cell per stack, in column order. */
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
  /** "Start here" for developers from another stack: a title and its steps (Markdown). */
  readonly startHere: { readonly title: string; readonly steps: readonly string[] };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The comparison's twin: the table as a GFM table, what each aspect means, the stacks' notes. */
export function comparisonTwin(c: ComparisonTwin, resolve: (url: string) => string): string {
  const header = `| Aspect | ${c.stacks.map((s) => cell(s.name)).join(' | ')} |`;
  const rule = `| --- | ${c.stacks.map(() => '---').join(' | ')} |`;
  const rows = c.rows.map((r) => `| ${cell(r.label)} | ${r.cells.map(cell).join(' | ')} |`);
  return join([
    `# ${c.title}`,
    `> ${c.intro}`,
    `Web page: <${c.url}>`,
    [header, rule, ...rows].join('\n'),
    section('What each aspect means', listOf(c.aspects.map((a) => `**${a.label}:** ${a.explanation}`))),
    section('The stacks', c.stacks.map((s) => `### ${s.name}\n\n${portableMarkdown(s.body, resolve)}`).join('\n\n')),
    section(c.startHere.title, c.startHere.steps.map((step, i) => `${i + 1}. ${step}`).join('\n')),
  ]);
}
