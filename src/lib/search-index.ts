/**
 * The search index's contract, in one place: what the pages mark up for Pagefind (filters, meta
 * fields, weights, ignore markers) and what the ranking in the browser reads back
 * (src/scripts/search/search-engine.ts). Pages use these constants instead of writing the
 * strings themselves, so a renamed filter or a changed weight cannot drift between the two.
 */
import type { ExerciseModel } from './exercises/model';
import { plainText } from './inline-code';
import type { SearchMeta } from './search-terms';

/** What a page is (`data-pagefind-filter="kind:…"`), in the order results are ranked. */
export const SEARCH_KINDS = { lesson: 'Lesson', project: 'Project', exercise: 'Exercise' } as const;
export type SearchKind = keyof typeof SEARCH_KINDS;
export const SEARCH_KIND_KEYS = Object.keys(SEARCH_KINDS) as readonly SearchKind[];
export const isSearchKind = (value: unknown): value is SearchKind => SEARCH_KIND_KEYS.some((k) => k === value);

/** The two filters every indexed page sets. */
export const FILTERS = { level: 'level', kind: 'kind' } as const;
/** `data-pagefind-filter` value of a page's kind. */
export const kindFilter = (kind: SearchKind): string => `${FILTERS.kind}:${SEARCH_KINDS[kind]}`;
/** `data-pagefind-filter` / `data-pagefind-meta` value of a page's level. */
export const levelAttr = (label: string): string => `${FILTERS.level}:${label}`;

/** Hidden metadata fields (src/components/SearchMeta.astro), each weighted by the ranking. */
export const META_FIELDS = ['about', 'terms', 'aka'] as const;
/**
 * How much a match in a page's metadata adds to its body score: `terms` are the words a topic
 * owns, `about` its title and section headings, `aka` technology aliases.
 */
export const META_WEIGHTS: Readonly<Record<'title' | (typeof META_FIELDS)[number], number>> = {
  title: 5,
  terms: 8,
  about: 4,
  aka: 4,
};

/** `data-pagefind-weight` of the parts of a page (Pagefind's default is 1). */
export const WEIGHTS = {
  lessonTitle: '10',
  projectTitle: '2',
  projectBody: '0.3',
  exerciseTitle: '2',
  exerciseBody: '0.3',
} as const;

/** `data-pagefind-ignore`: `all` leaves out an element and its children; `index` keeps them for filters and meta. */
export const IGNORE = { all: 'all', index: '' } as const;

/** Places kept on the first page of results for each kind after lessons, when lessons alone would fill it. */
export const RESULT_SLOTS: Readonly<Record<Exclude<SearchKind, 'lesson'>, number>> = { project: 2, exercise: 2 };

/**
 * One ranked list from a search per kind: lessons (which teach a term) first, with places of the
 * first page of `pageSize` kept for the best projects (which practise it) and then the best
 * exercises; the remaining lessons follow, then the remaining exercises. A lesson therefore
 * always ranks above an exercise that uses the same term, unless the first page is full.
 */
export function mergeKinds<T>(
  results: { readonly lesson: readonly T[]; readonly project: readonly T[]; readonly exercise: readonly T[] },
  pageSize: number,
  slots: typeof RESULT_SLOTS = RESULT_SLOTS,
): T[] {
  const { lesson, project, exercise } = results;
  const projects = Math.min(project.length, slots.project);
  const exercises = Math.min(exercise.length, slots.exercise);
  const head = Math.max(pageSize - projects - exercises, 0);
  return [
    ...lesson.slice(0, head),
    ...project,
    ...exercise.slice(0, exercises),
    ...lesson.slice(head),
    ...exercise.slice(exercises),
  ];
}

/** An exercise's hidden search metadata: its title and the section it practises (never hints or solution). */
export function exerciseSearchMeta(exercise: Pick<ExerciseModel, 'title' | 'sectionTitle'>): SearchMeta {
  return {
    about: [exercise.title, exercise.sectionTitle].map(plainText).join(' · '),
    terms: '',
    aka: '',
  };
}
