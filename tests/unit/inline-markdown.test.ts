import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../src/lib/inline-markdown';

describe('inline Markdown of questions', () => {
  it('renders code, strong, emphasis and links', () => {
    expect(inlineMarkdown('Run `pytest -s` **now**, *then* read [the docs](#fixtures).')).toBe(
      'Run <code>pytest -s</code> <strong>now</strong>, <em>then</em> read <a href="#fixtures">the docs</a>.',
    );
  });

  it('escapes HTML and never renders it', () => {
    expect(inlineMarkdown('A `<script>` tag and <b>raw</b> & "quotes"')).toBe(
      'A <code>&lt;script&gt;</code> tag and &lt;b&gt;raw&lt;/b&gt; &amp; &quot;quotes&quot;',
    );
  });

  it('prefixes site links with the base path and drops unsafe ones', () => {
    expect(inlineMarkdown('[Testing](/intermediate/testing/)', '/repo/')).toBe(
      '<a href="/repo/intermediate/testing/">Testing</a>',
    );
    expect(inlineMarkdown('[x](javascript:alert(1))')).toBe('x');
  });
});
