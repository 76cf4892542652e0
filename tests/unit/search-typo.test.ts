import { describe, expect, it } from 'vitest';
import { searchVocabulary, topicSearchMeta } from '../../src/lib/search-terms';
import { closestWord, confirmsTyped, correctQuery, editDistance, weakResults } from '../../src/lib/search-typo';

const vocabulary = ['celery', 'django', 'docker', 'fastapi', 'fixtures', 'kubernetes', 'postgres', 'pytest'];

describe('typo correction', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('djnago', 'django')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds the closest word within one edit for short words and two for long ones', () => {
    expect(closestWord('djnago', vocabulary)).toBe('django');
    expect(closestWord('celry', vocabulary)).toBe('celery');
    expect(closestWord('kubernets', vocabulary)).toBe('kubernetes');
    expect(closestWord('kuberntes', vocabulary)).toBe('kubernetes');
    expect(closestWord('dokcre', vocabulary)).toBeUndefined();
  });

  it('corrects only unknown words of four letters or more', () => {
    expect(correctQuery('djnago', vocabulary)).toBe('django');
    expect(correctQuery('djnago orm', vocabulary)).toBe('django orm');
    expect(correctQuery('pytest fixtures', vocabulary)).toBeUndefined();
    expect(correctQuery('zzzzzz', vocabulary)).toBeUndefined();
  });

  it('calls results weak when no excerpt marks a word like the typed one', () => {
    expect(weakResults('djnago', ['run <mark>-d</mark> to detach', 'docker run <mark>-d</mark>'])).toBe(true);
    expect(weakResults('djnago', [])).toBe(true);
    expect(weakResults('fixture', ['pytest <mark>fixtures</mark> share setup'])).toBe(false);
    expect(weakResults('k8s', ['<mark>k8s</mark> runs pods'])).toBe(false);
    // A match through metadata has no mark in the excerpt, but the page says it is about the word.
    expect(weakResults('k8s', ['Deploy to a cluster'], ['Microservices · k8s · kube'])).toBe(false);
    expect(weakResults('djnago', ['<mark>-d</mark>'], ['Docker Basics · docker'])).toBe(true);
  });
});

describe('search vocabulary', () => {
  it('holds the words of topic metadata and every technology name and alias', () => {
    const words = searchVocabulary([
      {
        title: 'Web Frameworks',
        subtopics: ['Introduction to FastAPI'],
        furtherSections: ['Django REST Framework'],
        searchTerms: ['drf'],
        technologies: ['django', 'postgresql'],
      },
    ]);
    expect(words).toContain('fastapi');
    expect(words).toContain('frameworks');
    expect(words).toContain('django');
    expect(words).toContain('postgres');
    expect(words).toContain('kubernetes');
    // Short words cannot be corrected to, so they are left out.
    expect(words).not.toContain('drf');
    expect(words).toEqual([...words].sort());
  });

  it('gives a topic page its about, terms and aka metadata', () => {
    expect(
      topicSearchMeta({
        title: 'Databases',
        subtopics: ['SQL Basics (`SELECT`, `JOIN`)'],
        furtherSections: [],
        searchTerms: ['orm'],
        technologies: ['postgresql', 'sqlite'],
      }),
    ).toEqual({ about: 'Databases · SQL Basics (SELECT, JOIN)', terms: 'orm', aka: 'postgres · psql · pg' });
  });
});

describe('confirmsTyped', () => {
  it('is true when a marked or "about" word starts with a whole typed word', () => {
    expect(confirmsTyped('idempotency', ['an <mark>idempotency</mark> key'])).toBe(true);
    expect(confirmsTyped('transaction', ['<mark>transactions</mark> commit'])).toBe(true);
    expect(confirmsTyped('fastapi', [], ['FastAPI, Django and Flask'])).toBe(true);
  });

  it('is false when only the first letters matched ("fastpi" marking "fast")', () => {
    expect(confirmsTyped('fastpi', ['a <mark>fast</mark> start'], ['Speed and performance'])).toBe(false);
  });

  it('has nothing to confirm for words of three letters or fewer', () => {
    expect(confirmsTyped('orm', [])).toBe(true);
  });
});
