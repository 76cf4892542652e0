import { describe, expect, it } from 'vitest';
import { promptHtml } from '../../src/lib/exercises/prompt';
import { feedback, parseVerdict } from '../../src/lib/exercises/verdict';

const checks = [
  { name: 'inside', message: '<code>clamp(5, 0, 10)</code> should return 5.' },
  { name: 'below', message: 'Below the range gives <code>low</code>.' },
  { name: 'above', message: 'Above the range gives <code>high</code>.' },
];

describe('check feedback', () => {
  it('counts the passing checks and lists each failing one with its message and detail, in order', () => {
    const grade = parseVerdict(
      JSON.stringify({
        error: null,
        stdout: 'hi\n',
        results: [
          { name: 'above', passed: false, detail: 'got 12' },
          { name: 'inside', passed: true, detail: '' },
          { name: 'below', passed: false, detail: 'got -3' },
        ],
      }),
    );
    expect(grade).toBeDefined();
    const f = feedback(grade ?? { error: null, stdout: '', results: [] }, checks);
    expect(f.summary).toBe('1 of 3 checks pass.');
    expect(f.solved).toBe(false);
    expect(f.failures.map((x) => [x.name, x.detail])).toEqual([
      ['below', 'got -3'],
      ['above', 'got 12'],
    ]);
    expect(f.failures[0]?.message).toContain('<code>low</code>');
    expect(f.stdout).toBe('hi\n');
  });

  it('says every check passes when they do', () => {
    const results = checks.map((c) => ({ name: c.name, passed: true, detail: '' }));
    const f = feedback({ error: null, stdout: '', results }, checks);
    expect(f).toMatchObject({ passed: 3, total: 3, solved: true, summary: 'All 3 checks pass.', failures: [] });
  });

  it('counts a check the grader did not report as failing', () => {
    const f = feedback({ error: null, stdout: '', results: [{ name: 'inside', passed: true, detail: '' }] }, checks);
    expect(f.summary).toBe('1 of 3 checks pass.');
    expect(f.failures.map((x) => x.detail)).toEqual(['this check did not run', 'this check did not run']);
  });

  it('keeps the error when the code itself did not run', () => {
    const detail = 'your code did not run: SyntaxError: invalid syntax (line 2)';
    const results = checks.map((c) => ({ name: c.name, passed: false, detail }));
    const f = feedback({ error: 'SyntaxError: invalid syntax (line 2)', stdout: '', results }, checks);
    expect(f.error).toContain('line 2');
    expect(f.summary).toBe('0 of 3 checks pass.');
  });

  it.each([
    'not json',
    '[]',
    '{"error": 1, "stdout": "", "results": []}',
    '{"error": null, "stdout": "", "results": [{"name": "a"}]}',
  ])('refuses output that is not a verdict: %s', (text) => {
    expect(parseVerdict(text)).toBeUndefined();
  });
});

describe('exercise prompt', () => {
  it('renders Markdown with code, and never interprets raw HTML', () => {
    const html = promptHtml('Write `clamp()`.\n\n```python\nclamp(1, 2, 3)\n```\n\n<script>alert(1)</script>\n');
    expect(html).toContain('<code>clamp()</code>');
    expect(html).toContain('<pre><code class="language-python">clamp(1, 2, 3)\n</code></pre>');
    expect(html).not.toContain('<script');
  });

  it('gives site links the base path', () => {
    expect(promptHtml('[basics](/basic/learn-python-basics/)', '/repo/')).toContain(
      'href="/repo/basic/learn-python-basics/"',
    );
  });
});
