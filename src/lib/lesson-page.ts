/**
 * The model of a lesson-like page (a topic's lesson, a project, an exercise): what the page says
 * about itself beside its content, in the spirit of Starlight's `generateRouteData`. The pages
 * build it once and src/layouts/LessonLayout.astro and src/components/SourceLinks.astro render
 * it; they read no environment, git history or package.json themselves. Build-only.
 */
import { contentPath } from './content-root';
import { type LastUpdated, lastUpdated } from './git-dates';
import { ITEM, PAGE_ITEM } from './hooks/workspace';
import type { NavCurrent } from './lesson-nav';
import { type LevelKey, levelLabels } from './levels';
import { twinPath } from './markdown-twin';
import { projectItemId } from './progress/model';
import { editUrl, reportUrl, siteRepository } from './repository';
import { kindFilter, levelAttr, type SearchKind } from './search-index';
import { FALLBACK_SITE } from './site';
import { absoluteUrl } from './urls';

/** Where a page comes from, and how a reader changes or reports it. */
export interface PageSource {
  /** The content file, relative to the repository root (`data-source`, for the link check). */
  readonly file: string;
  readonly updated: LastUpdated;
  /** `updated` as the page prints it: "6 December 2026". */
  readonly date: string;
  readonly editUrl?: string | undefined;
  readonly reportUrl?: string | undefined;
  /** The page's Markdown twin, on pages that have one. */
  readonly markdown?: string | undefined;
}

/** What the model reads from outside: git dates and the repository (injected in unit tests). */
export interface PageSourceDeps {
  readonly lastUpdated: (file: string) => LastUpdated;
  readonly repository: string | undefined;
}

const buildDeps = (): PageSourceDeps => ({ lastUpdated, repository: siteRepository() });

/** A long date in British English, as the site prints dates of record: "6 December 2026". */
export function formatLongDate(date: Date | string): string {
  return new Date(date).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export interface PageSourceInput {
  readonly file: string;
  readonly title: string;
  /** The page's path (`Astro.url.pathname`) and the site (`Astro.site`), for the report's address. */
  readonly pathname: string;
  readonly site: URL | undefined;
  readonly markdown?: string | undefined;
}

export function pageSource(input: PageSourceInput, deps: PageSourceDeps = buildDeps()): PageSource {
  const updated = deps.lastUpdated(input.file);
  const { repository } = deps;
  return {
    file: input.file,
    updated,
    date: formatLongDate(updated.iso),
    editUrl: repository && editUrl(repository, input.file),
    reportUrl:
      repository &&
      reportUrl(repository, {
        title: input.title,
        url: absoluteUrl(input.pathname, input.site ?? new URL(FALLBACK_SITE)),
      }),
    markdown: input.markdown,
  };
}

/** The attributes of a lesson-like page's `<article>`: what Pagefind indexes and filters by, and which item it is. */
export interface ArticleAttrs {
  readonly 'data-pagefind-body': '';
  readonly 'data-pagefind-filter': string;
  readonly 'data-pagefind-meta': string;
  readonly [ITEM]?: string;
  readonly [PAGE_ITEM]?: string;
  readonly 'data-source'?: string;
}

/**
 * The search attributes every lesson-like article carries: in its level's filter, and the level
 * shown on the result ("Basic project" for projects, which the results list apart).
 */
export function articleSearchAttrs(kind: SearchKind, level: LevelKey): ArticleAttrs {
  const label = levelLabels[level];
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': levelAttr(label),
    'data-pagefind-meta': kind === 'project' ? `${levelAttr(label)} project` : levelAttr(label),
  };
}

export interface LessonPage {
  readonly kind: SearchKind;
  readonly title: string;
  readonly level: LevelKey;
  readonly levelLabel: string;
  /** The progress item the page's status control and notes belong to. */
  readonly itemId: string;
  /** Where the page is in the roadmap's sidebar and lesson bar (src/lib/lesson-nav.ts). */
  readonly nav: NavCurrent;
  readonly article: ArticleAttrs;
  /** The header's search filter: what kind of result the page is. */
  readonly kindFilter: string;
  readonly source: PageSource;
}

export interface LessonPageInput extends Omit<PageSourceInput, 'file' | 'markdown'> {
  readonly kind: 'lesson' | 'project';
  readonly level: LevelKey;
  /** The topic's or project's id in its collection (`content/topics/<id>.mdx`, `content/projects/<id>.mdx`). */
  readonly id: string;
}

export function lessonPage(input: LessonPageInput, deps?: PageSourceDeps): LessonPage {
  const project = input.kind === 'project';
  const file = contentPath(project ? 'projects' : 'topics', `${input.id}.mdx`);
  const source = pageSource({ ...input, file, markdown: twinPath(input.pathname) }, deps);
  const itemId = project ? projectItemId(input.id) : input.id;
  return {
    kind: input.kind,
    title: input.title,
    level: input.level,
    levelLabel: levelLabels[input.level],
    itemId,
    nav: { kind: project ? 'project' : 'topic', id: input.id },
    article: {
      ...articleSearchAttrs(input.kind, input.level),
      [ITEM]: itemId,
      [PAGE_ITEM]: itemId,
      'data-source': source.file,
    },
    kindFilter: kindFilter(input.kind),
    source,
  };
}

/** One entry of a page's contents ("On this page"). */
export interface TocEntry {
  readonly id: string;
  readonly title: string;
  /** A section the lesson adds beyond the seed's subtopics. */
  readonly further?: boolean | undefined;
}

/** A topic lesson's contents: its sections, then the parts the page adds after them, each only when it has something. */
export function topicToc(
  sections: readonly TocEntry[],
  has: {
    readonly questions: boolean;
    readonly exercises: boolean;
    readonly projects: boolean;
    readonly related: boolean;
  },
): TocEntry[] {
  return [
    ...sections,
    { id: 'outcomes', title: 'You can move on when you can…' },
    ...(has.questions ? [{ id: 'check-yourself', title: 'Check yourself' }] : []),
    ...(has.exercises ? [{ id: 'exercises', title: 'Exercises' }] : []),
    ...(has.projects ? [{ id: 'practise', title: 'Practise this in' }] : []),
    { id: 'resources', title: 'Resources' },
    ...(has.related ? [{ id: 'related', title: 'Related topics' }] : []),
  ];
}

/** A project's contents: requirements and "done when" first, then the brief's own sections. */
export function projectToc(
  headings: readonly { readonly depth: number; readonly slug: string; readonly text: string }[],
  extraCredit: boolean,
): TocEntry[] {
  return [
    { id: 'requirements', title: 'Requirements' },
    { id: 'done-when', title: 'Done when' },
    ...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, title: h.text })),
    ...(extraCredit ? [{ id: 'extra-credit', title: 'Extra credit' }] : []),
  ];
}
