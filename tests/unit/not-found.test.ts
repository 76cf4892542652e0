import { describe, expect, it } from 'vitest';
import { editDistance, normalizeSitePath, suggestPage, typoAllowance } from '../../src/lib/not-found';

const BASE = '/python-backend-roadmap/';
/** The site's pages as the 404 page links them (a sample of each kind). */
const PAGES = [
  '/python-backend-roadmap/',
  '/python-backend-roadmap/basic/',
  '/python-backend-roadmap/intermediate/',
  '/python-backend-roadmap/advanced/',
  '/python-backend-roadmap/basic/learn-python-basics/',
  '/python-backend-roadmap/basic/version-control-git/',
  '/python-backend-roadmap/intermediate/web-frameworks/',
  '/python-backend-roadmap/intermediate/testing/',
  '/python-backend-roadmap/advanced/advanced-topics/',
  '/python-backend-roadmap/advanced/advanced-security/',
  '/python-backend-roadmap/comparison/',
  '/python-backend-roadmap/projects/',
  '/python-backend-roadmap/projects/django-book-club/',
];

const suggest = (path: string) => suggestPage(path, PAGES, BASE);

describe('404 suggestions', () => {
  it('normalises a requested path: base, case, index.html, repeated slashes and escapes', () => {
    expect(normalizeSitePath('/python-backend-roadmap/BASIC/Learn-Python-Basics/', BASE)).toBe(
      'basic/learn-python-basics/',
    );
    expect(normalizeSitePath('/Python-Backend-Roadmap/basic', BASE)).toBe('basic/');
    expect(normalizeSitePath('/python-backend-roadmap/basic//testing/index.html', BASE)).toBe('basic/testing/');
    expect(normalizeSitePath('/python-backend-roadmap/basic/testing.html', BASE)).toBe('basic/testing/');
    expect(normalizeSitePath('/python-backend-roadmap/web%20frameworks/', BASE)).toBe('web frameworks/');
    expect(normalizeSitePath('/python-backend-roadmap/%E0%A4%A/', BASE)).toBe('%e0%a4%a/');
    expect(normalizeSitePath('/python-backend-roadmap', BASE)).toBe('');
    expect(normalizeSitePath('/basic/testing/', '/')).toBe('basic/testing/');
  });

  it('suggests the same page in the right letter case first', () => {
    expect(suggest('/python-backend-roadmap/BASIC/LEARN-PYTHON-BASICS/')).toBe(
      '/python-backend-roadmap/basic/learn-python-basics/',
    );
    expect(suggest('/python-backend-roadmap/basic/Learn-Python-Basics/')).toBe(
      '/python-backend-roadmap/basic/learn-python-basics/',
    );
    expect(suggest('/python-backend-roadmap/Basic/')).toBe('/python-backend-roadmap/basic/');
    expect(suggest('/python-backend-roadmap/Comparison')).toBe('/python-backend-roadmap/comparison/');
  });

  it('suggests a topic under its real level when the level in the address is wrong', () => {
    expect(suggest('/python-backend-roadmap/basic/testing/')).toBe('/python-backend-roadmap/intermediate/testing/');
    expect(suggest('/python-backend-roadmap/ADVANCED/Testing')).toBe('/python-backend-roadmap/intermediate/testing/');
    expect(suggest('/python-backend-roadmap/testing/')).toBe('/python-backend-roadmap/intermediate/testing/');
  });

  it('suggests a page a small typo away, the nearest and the one under the same parent first', () => {
    expect(suggest('/python-backend-roadmap/basic/learn-pyton-basics/')).toBe(
      '/python-backend-roadmap/basic/learn-python-basics/',
    );
    expect(suggest('/python-backend-roadmap/basci/')).toBe('/python-backend-roadmap/basic/');
    expect(suggest('/python-backend-roadmap/projects/django-bookclub/')).toBe(
      '/python-backend-roadmap/projects/django-book-club/',
    );
    // "advanced-topic" is one edit from advanced-topics and two from nothing else.
    expect(suggest('/python-backend-roadmap/intermediate/advanced-topic/')).toBe(
      '/python-backend-roadmap/advanced/advanced-topics/',
    );
  });

  it('breaks a tie in favour of the page under the same parent, then the earlier page', () => {
    const pages = ['/r/a/items/', '/r/b/itema/', '/r/c/itemz/'];
    expect(suggestPage('/r/b/itemx/', pages, '/r/')).toBe('/r/b/itema/');
    expect(suggestPage('/r/d/itemx/', pages, '/r/')).toBe('/r/a/items/');
  });

  it('suggests nothing when no page is close, rather than a guess', () => {
    expect(suggest('/python-backend-roadmap/no-such-page/')).toBeUndefined();
    expect(suggest('/python-backend-roadmap/basic/kubernetes/')).toBeUndefined();
    expect(suggest('/python-backend-roadmap/xyz/')).toBeUndefined();
    expect(suggest('/python-backend-roadmap/404.html')).toBeUndefined();
    expect(suggestPage('/python-backend-roadmap/basic/testing/', [], BASE)).toBeUndefined();
  });

  it('works the same at the site root', () => {
    const atRoot = PAGES.map((p) => p.replace(BASE, '/'));
    expect(suggestPage('/basic/testing/', atRoot, '/')).toBe('/intermediate/testing/');
    expect(suggestPage('/BASIC/', atRoot, '/')).toBe('/basic/');
  });

  it('counts a swap of two neighbouring letters as one edit, and allows more edits in longer names', () => {
    expect(editDistance('basci', 'basic')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect([2, 5, 6, 8, 9, 30].map(typoAllowance)).toEqual([0, 1, 2, 2, 3, 3]);
  });
});
