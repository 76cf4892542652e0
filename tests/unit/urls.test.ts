import { describe, expect, it } from 'vitest';
import { absoluteUrl, levelPath, normalizeBase, topicPath, withBase } from '../../src/lib/urls';

describe('URL building', () => {
  it('normalises a base path to one leading and one trailing slash', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('repo')).toBe('/repo/');
    expect(normalizeBase('/repo')).toBe('/repo/');
    expect(normalizeBase('//repo//')).toBe('/repo/');
  });

  it('builds site paths without a base', () => {
    expect(withBase('/basic/', '/')).toBe('/basic/');
    expect(topicPath('intermediate', 'asynchronous-programming', '/')).toBe('/intermediate/asynchronous-programming/');
  });

  it('builds site paths under a GitHub Pages sub-path', () => {
    expect(withBase('/', '/repo/')).toBe('/repo/');
    expect(withBase('/#advanced', '/repo')).toBe('/repo/#advanced');
    expect(levelPath('advanced', '/repo/')).toBe('/repo/advanced/');
    expect(topicPath('basic', 'learn-python-basics', '/repo/')).toBe('/repo/basic/learn-python-basics/');
  });

  it('leaves external links and bare fragments alone', () => {
    expect(withBase('https://docs.python.org/3/', '/repo/')).toBe('https://docs.python.org/3/');
    expect(withBase('mailto:a@example.org', '/repo/')).toBe('mailto:a@example.org');
    expect(withBase('//cdn.example.org/x', '/repo/')).toBe('//cdn.example.org/x');
    expect(withBase('#intro', '/repo/')).toBe('#intro');
  });

  it('makes absolute URLs for canonical links', () => {
    expect(absoluteUrl('/repo/basic/', 'https://user.github.io')).toBe('https://user.github.io/repo/basic/');
  });
});
