/**
 * The callout plugin through Astro's own Markdown processor (remark-gfm is on by default there, as
 * in the site's config): GitHub alert syntax becomes a titled `<aside role="note">`, anything else
 * stays as written, and an unknown kind stops the build naming the file, line and kind.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALLOUT_TITLES, remarkCallouts } from '../../src/plugins/remark-callouts';
import { ROOT } from './helpers';

const processor = createMarkdownProcessor({ remarkPlugins: [remarkCallouts] });
const fileURL = pathToFileURL(join(ROOT, 'content/topics/example.mdx'));

async function html(markdown: string): Promise<string> {
  return (await (await processor).render(markdown, { fileURL })).code;
}

describe('remark-callouts', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(Object.entries(CALLOUT_TITLES))('turns [!%s] into a callout titled "%s"', async (kind, title) => {
    const out = await html(`> [!${kind}]\n> Keep it short.\n`);
    expect(out).toBe(
      `<aside class="callout callout-${kind.toLowerCase()}" role="note" aria-label="${title}">\n` +
        `<p class="callout-title">${title}</p>\n` +
        '<p>Keep it short.</p>\n</aside>',
    );
  });

  it('names the common mistakes callout "Common mistakes"', async () => {
    expect(await html('> [!MISTAKES]\n> Using `float` for money.\n')).toContain(
      '<p class="callout-title">Common mistakes</p>\n<p>Using <code>float</code> for money.</p>',
    );
  });

  it('accepts the marker in any case, as GitHub does', async () => {
    expect(await html('> [!tip]\n> Small.\n')).toContain('class="callout callout-tip"');
  });

  it('keeps the Markdown inside a callout: emphasis, code, links, lists and later paragraphs', async () => {
    const out = await html(
      '> [!NOTE]\n>\n> Read **this** and [the guide](https://example.com/) with `code`.\n>\n> - one\n> - two\n>\n> Then this.\n',
    );
    expect(out).toContain(
      '<p>Read <strong>this</strong> and <a href="https://example.com/">the guide</a> with <code>code</code>.</p>',
    );
    expect(out).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>Then this.</p>\n</aside>');
    // The marker line leaves no empty paragraph behind.
    expect(out).not.toContain('<p></p>');
  });

  it('leaves a plain blockquote, and one that only mentions a marker later, a blockquote', async () => {
    expect(await html('> A quotation.\n')).toBe('<blockquote>\n<p>A quotation.</p>\n</blockquote>');
    expect(await html('> See [!TIP] below.\n')).toBe('<blockquote>\n<p>See [!TIP] below.</p>\n</blockquote>');
  });

  it('fails on an unknown kind, naming the file, the line and the kind', async () => {
    // Astro's processor also logs the failure; the thrown error is what the build reports.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(html('Intro.\n\n> [!FOO]\n> Text.\n')).rejects.toThrow(
      'content/topics/example.mdx:3: unknown callout kind "[!FOO]"; use one of [!TIP], [!NOTE], [!WARNING], [!CAUTION], [!MISTAKES]',
    );
  });

  it('fails when text follows the marker on its line, which GitHub would not render as a callout', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(html('> [!TIP] Text on the same line.\n')).rejects.toThrow(
      'content/topics/example.mdx:1: put the callout marker "[!TIP]" on a line of its own',
    );
  });
});
