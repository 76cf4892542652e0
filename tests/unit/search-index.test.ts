/**
 * The search index's contract (src/lib/search-index.ts): the markers pages write are the ones
 * the ranking reads, and a lesson ranks above an exercise for the term it owns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelFilter, readSearchQuery } from '../../src/lib/search';
import {
  exerciseSearchMeta,
  IGNORE,
  isSearchKind,
  kindFilter,
  META_FIELDS,
  META_WEIGHTS,
  mergeKinds,
  SEARCH_KINDS,
  WEIGHTS,
} from '../../src/lib/search-index';

describe('search index contract', () => {
  it('names three kinds, and pages filter by the same words the ranking asks for', () => {
    expect(Object.values(SEARCH_KINDS)).toEqual(['Lesson', 'Project', 'Exercise']);
    expect(kindFilter('exercise')).toBe('kind:Exercise');
    expect(levelFilter('basic', 'exercise')).toEqual({ level: 'Basic', kind: 'Exercise' });
    expect(readSearchQuery('?q=x&kind=exercise').kind).toBe('exercise');
    expect(isSearchKind('quiz')).toBe(false);
  });

  it('weights every hidden metadata field and the title, terms above all', () => {
    for (const field of META_FIELDS) expect(META_WEIGHTS[field]).toBeGreaterThan(0);
    expect(Math.max(...Object.values(META_WEIGHTS))).toBe(META_WEIGHTS.terms);
    expect(Number(WEIGHTS.lessonTitle)).toBeGreaterThan(Number(WEIGHTS.exerciseTitle));
    expect(IGNORE).toEqual({ all: 'all', index: '' });
  });

  it('puts lessons first and keeps places on the first page for projects, then exercises', () => {
    const lesson = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8', 'l9'];
    expect(mergeKinds({ lesson, project: ['p1', 'p2', 'p3'], exercise: ['e1', 'e2', 'e3'] }, 8)).toEqual([
      ...['l1', 'l2', 'l3', 'l4'],
      ...['p1', 'p2', 'p3'],
      ...['e1', 'e2'],
      ...['l5', 'l6', 'l7', 'l8', 'l9'],
      'e3',
    ]);
    expect(mergeKinds({ lesson: ['l1', 'l2'], project: ['p1'], exercise: [] }, 8)).toEqual(['l1', 'l2', 'p1']);
    expect(mergeKinds({ lesson: lesson.slice(0, 3), project: [], exercise: ['e1'] }, 8)).toEqual([
      'l1',
      'l2',
      'l3',
      'e1',
    ]);
  });

  it('a lesson that matches a term ranks above every exercise that matches it', () => {
    const merged = mergeKinds({ lesson: ['lesson'], project: [], exercise: ['e1', 'e2', 'e3', 'e4'] }, 8);
    expect(merged.indexOf('lesson')).toBe(0);
  });

  it('indexes an exercise by its title and section, never its hints or solution', () => {
    const meta = exerciseSearchMeta({ title: 'Parse a `git log` line', sectionTitle: 'Reading history' });
    expect(meta).toEqual({ about: 'Parse a git log line · Reading history', terms: '', aka: '' });
  });

  it('pages write the kind filters and weights from this module, not their own strings', () => {
    for (const page of [
      'src/pages/[level]/[topic].astro',
      'src/pages/projects/[project].astro',
      'src/pages/[level]/[topic]/exercises/[exercise].astro',
    ]) {
      const source = readFileSync(page, 'utf8');
      expect(source, page).not.toMatch(/data-pagefind-filter="kind:/);
      expect(source, page).not.toMatch(/data-pagefind-weight="\d/);
      expect(source, page).toContain('search-index');
    }
  });
});
