import { readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRECACHE } from '../../src/lib/pwa';
import { blockAttribute, blockNote, browserReasons, classifyPython } from '../../src/lib/python/blocks';
import { appendCapped, browserHint, cleanTraceback, normalizeOutput } from '../../src/lib/python/output';
import {
  PYODIDE_VERSION,
  RUNTIME_FILES,
  runtimeCacheFor,
  runtimeCacheName,
  runtimePath,
  staleRuntimeCaches,
} from '../../src/lib/python/runtime';
import { ROOT } from './helpers';

describe('Python block classification', () => {
  it('lets plain standard-library code run', () => {
    expect(classifyPython('import json\nprint(json.dumps({}))')).toEqual({ kind: 'run' });
  });

  it('keeps blocks marked "# Needs:" from running', () => {
    expect(classifyPython('# Needs: fastapi\nimport fastapi')).toEqual({ kind: 'needs' });
  });

  it('reads a browser reason from the closed list on one of the first three lines', () => {
    expect(classifyPython('"""Doc."""\n# Browser: threads\nimport threading')).toEqual({
      kind: 'browser',
      reason: 'threads',
    });
    expect(classifyPython('a = 1\nb = 2\nc = 3\n# Browser: threads')).toEqual({ kind: 'run' });
  });

  it('fails on a browser reason outside the list, naming the known ones', () => {
    expect(() => classifyPython('# Browser: thread')).toThrow(/unknown "# Browser: thread".*threads, processes/);
  });

  it('gives every block without Run a one-line note, and a runnable block none', () => {
    expect(blockNote(blockAttribute({ kind: 'run' }))).toBeUndefined();
    expect(blockNote('needs')).toMatch(/packages or a service.*your machine/);
    for (const reason of Object.keys(browserReasons))
      expect(blockNote(`browser:${reason}`)).toMatch(/browser’s Python.*run it on your machine/);
    expect(blockNote('browser:nonsense')).toBeUndefined();
  });
});

describe('Python output', () => {
  const pyodideTraceback = [
    'Traceback (most recent call last):',
    '  File "/lib/python314.zip/_pyodide/_base.py", line 597, in eval_code_async',
    '    await CodeRunner(',
    '    ...<9 lines>...',
    '  File "example.py", line 4, in <module>',
    '    total(3)',
    '    ~~~~~^^^',
    '  File "example.py", line 2, in total',
    '    return n / 0',
    '           ~~^~~',
    'ZeroDivisionError: division by zero',
    '',
  ].join('\n');

  it("keeps the example's frames and the exception, with the block's line numbers", () => {
    expect(cleanTraceback(pyodideTraceback)).toBe(
      [
        'Traceback (most recent call last):',
        '  File "example.py", line 4, in <module>',
        '    total(3)',
        '    ~~~~~^^^',
        '  File "example.py", line 2, in total',
        '    return n / 0',
        '           ~~^~~',
        'ZeroDivisionError: division by zero',
        '',
      ].join('\n'),
    );
  });

  it('keeps both parts of a chained exception', () => {
    const chained = `${pyodideTraceback}\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "<exec>", line 3, in input\n    raise EOFError(x)\nEOFError: no input\n`;
    const clean = cleanTraceback(chained);
    expect(clean).toContain('During handling of the above exception');
    expect(clean).not.toContain('<exec>');
    expect(clean.trimEnd().endsWith('EOFError: no input')).toBe(true);
  });

  it('adds a hint for what a browser cannot do, and none for ordinary errors', () => {
    expect(browserHint("Traceback...\nRuntimeError: can't start new thread")).toMatch(/Threads/);
    expect(browserHint("AttributeError: module 'hashlib' has no attribute 'scrypt'")).toMatch(/scrypt/);
    expect(browserHint('ZeroDivisionError: division by zero')).toBeUndefined();
  });

  it('compares output without trailing spaces or blank edges', () => {
    expect(normalizeOutput('a  \nb\n\n')).toBe(normalizeOutput('a\nb'));
    expect(normalizeOutput('a\n b')).not.toBe(normalizeOutput('a\nb'));
  });

  it('caps output and says when it is full', () => {
    expect(appendCapped('ab', 'cd', 10)).toEqual({ text: 'abcd', full: false });
    expect(appendCapped('abcdefgh', 'ijkl', 10)).toEqual({ text: 'abcdefghij', full: true });
  });
});

describe('Python runtime files', () => {
  it('is the exact pyodide version package.json pins', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    expect(pkg.devDependencies.pyodide).toBe(PYODIDE_VERSION);
  });

  it('lives under the base path, in a versioned folder', () => {
    expect(runtimePath('/repo/')).toBe(`/repo/python/${PYODIDE_VERSION}/`);
    expect(runtimePath('/repo')).toBe(`/repo/python/${PYODIDE_VERSION}/`);
  });

  it('is cached per base path and version, and other versions of the same base are stale', () => {
    const names = [
      runtimeCacheName('/repo/'),
      runtimeCacheName('/repo/', '0.1.0'),
      runtimeCacheName('/other/', '0.1.0'),
      'python-backend-roadmap-repo-precache-v2',
    ];
    expect(staleRuntimeCaches(names, '/repo/')).toEqual([runtimeCacheName('/repo/', '0.1.0')]);
  });

  it("is answered by the service worker from its cache: only this version's files under the worker's scope", () => {
    const scope = 'https://user.github.io/repo/';
    const folder = `https://user.github.io/repo/python/${PYODIDE_VERSION}/`;
    for (const file of RUNTIME_FILES)
      expect(runtimeCacheFor(`${folder}${file}`, scope)).toBe(runtimeCacheName('/repo/'));
    // Another version, a file that is not the runtime's, a query, another copy or origin: not routed.
    expect(runtimeCacheFor('https://user.github.io/repo/python/0.1.0/pyodide.mjs', scope)).toBeUndefined();
    expect(runtimeCacheFor(`${folder}console.html`, scope)).toBeUndefined();
    expect(runtimeCacheFor(`${folder}`, scope)).toBeUndefined();
    expect(runtimeCacheFor(`${folder}pyodide.mjs?v=2`, scope)).toBeUndefined();
    expect(
      runtimeCacheFor(`https://user.github.io/other/python/${PYODIDE_VERSION}/pyodide.mjs`, scope),
    ).toBeUndefined();
    expect(runtimeCacheFor(`https://example.com/repo/python/${PYODIDE_VERSION}/pyodide.mjs`, scope)).toBeUndefined();
    // A copy at the origin's root has its own cache, and does not answer a project site's files.
    expect(
      runtimeCacheFor(`https://user.github.io/python/${PYODIDE_VERSION}/pyodide.mjs`, 'https://user.github.io/'),
    ).toBe(runtimeCacheName('/'));
    expect(runtimeCacheFor(`${folder}pyodide.mjs`, 'https://user.github.io/')).toBeUndefined();
  });

  it('is not in the service worker precache', () => {
    const precached = RUNTIME_FILES.map((file) => `python/${PYODIDE_VERSION}/${file}`).filter((path) =>
      PRECACHE.globPatterns.some((glob) => matchesGlob(path, glob)),
    );
    expect(precached).toEqual([]);
    // The check itself can fail: a page is matched.
    expect(PRECACHE.globPatterns.some((glob) => matchesGlob('python/index.html', glob))).toBe(true);
  });
});
