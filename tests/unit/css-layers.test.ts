import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteCss } from '../../src/lib/shiki-palette';
import { ROOT } from './helpers';

const STYLES = join(ROOT, 'src/styles');
/** The first `@layer a, b, …;` statement of a stylesheet, whitespace removed. */
const order = (css: string) => css.match(/@layer\s+([a-z-]+(?:\s*,\s*[a-z-]+)+)\s*;/)?.[1]?.replace(/\s+/g, '');

describe('cascade layers', () => {
  const global = order(readFileSync(join(STYLES, 'global.css'), 'utf8'));
  it("every stylesheet that uses layers declares global.css's order first (the first sheet on a page fixes it)", () => {
    expect(global).toBe('reset,tokens,base,layout,prose,components,utilities,vendor');
    const sheets = readdirSync(STYLES)
      .filter((f) => f.endsWith('.css'))
      .map((f) => [f, readFileSync(join(STYLES, f), 'utf8')] as const)
      .filter(([, css]) => css.includes('@layer'));
    expect(sheets.length).toBeGreaterThan(3);
    for (const [name, css] of sheets) expect(order(css), name).toBe(global);
    expect(order(paletteCss())).toBe(global);
  });
});
