import { describe, expect, it } from 'vitest';
import { countText, levelFilter, readSearchQuery, searchQueryString, shortQuery, toHit } from '../../src/lib/search';
import { isSearchShortcut } from '../../src/lib/search-shortcut';

const key = (
  k: string,
  extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; typing: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  ...extra,
});

describe('search URL', () => {
  it('reads the query and a known level from the URL', () => {
    expect(readSearchQuery('?q=%20jwt%20&level=intermediate')).toEqual({ q: 'jwt', level: 'intermediate' });
  });

  it('ignores an unknown level and a missing query', () => {
    expect(readSearchQuery('?level=expert')).toEqual({ q: '', level: undefined });
  });

  it('writes a shareable query string, and none for an empty search', () => {
    expect(searchQueryString({ q: 'docker compose', level: undefined })).toBe('?q=docker+compose');
    expect(searchQueryString({ q: 'jwt', level: 'advanced' })).toBe('?q=jwt&level=advanced');
    expect(searchQueryString({ q: '  ', level: undefined })).toBe('');
  });

  it('round-trips through the URL', () => {
    const query = { q: 'a&b=c', level: 'basic' } as const;
    expect(readSearchQuery(searchQueryString(query))).toEqual(query);
  });

  it('maps a level to the Pagefind filter the pages declare', () => {
    expect(levelFilter('intermediate')).toEqual({ level: 'Intermediate' });
    expect(levelFilter(undefined)).toEqual({});
  });
});

describe('search shortcut', () => {
  it('opens on / unless the user is typing in a field', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { typing: true }))).toBe(false);
  });

  it('opens on Ctrl+K and ⌘+K, even while typing', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true, typing: true }))).toBe(true);
  });

  it('does not open on other keys or with Alt', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('?'))).toBe(false);
  });
});

describe('search results', () => {
  it('keeps only anchored sections, at most three, and the level', () => {
    const hit = toHit({
      url: '/r/intermediate/testing/',
      excerpt: 'use <mark>pytest</mark>',
      meta: { title: 'Testing', level: 'Intermediate' },
      sub_results: [
        { title: 'Testing', url: '/r/intermediate/testing/', excerpt: 'x' },
        { title: 'A', url: '/r/intermediate/testing/#a', excerpt: 'a' },
        { title: 'B', url: '/r/intermediate/testing/#b', excerpt: 'b' },
        { title: 'C', url: '/r/intermediate/testing/#c', excerpt: 'c' },
        { title: 'D', url: '/r/intermediate/testing/#d', excerpt: 'd' },
      ],
    });
    expect(hit.title).toBe('Testing');
    expect(hit.level).toBe('Intermediate');
    expect(hit.sections.map((s) => s.title)).toEqual(['A', 'B', 'C']);
  });

  it('falls back to the URL when a page has no title', () => {
    expect(toHit({ url: '/r/x/', excerpt: '', meta: {} }).title).toBe('/r/x/');
  });
});

describe('search result list', () => {
  it('drops a page excerpt that a section repeats, and keeps what the page is about', () => {
    const hit = toHit({
      url: '/r/intermediate/testing/',
      excerpt: 'the same <mark>text</mark>',
      meta: { title: 'Testing', about: 'Testing · Unit Testing with pytest', terms: 'tdd', aka: 'py' },
      sub_results: [{ title: 'A', url: '/r/intermediate/testing/#a', excerpt: 'the same <mark>text</mark>' }],
    });
    expect(hit.excerpt).toBe('');
    expect(hit.sections[0]?.excerpt).toBe('the same <mark>text</mark>');
    expect(hit.about).toBe('Testing · Testing · Unit Testing with pytest · tdd · py');
  });

  it('says how many are shown of how many, and shortens a long query', () => {
    expect(countText(3, 3, 'jwt')).toBe('3 results for “jwt”');
    expect(countText(1, 1, 'jwt')).toBe('1 result for “jwt”');
    expect(countText(8, 17, 'api')).toBe('Showing 8 of 17 results for “api”');
    const long = 'how do I make my FastAPI application return problem details for validation errors';
    expect(shortQuery(long)).toHaveLength(40);
    expect(shortQuery(long).endsWith('…')).toBe(true);
    expect(countText(2, 2, long)).toContain(`“${shortQuery(long)}”`);
  });
});
