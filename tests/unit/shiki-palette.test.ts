import { describe, expect, it } from 'vitest';
import { paletteCss, styleToClasses } from '../../src/lib/shiki-palette';

describe('code palette', () => {
  it('turns token colours into classes that the palette CSS defines', () => {
    const classes = styleToClasses('--shiki-light:#CF222E;--shiki-dark:#FF7B72');
    expect(classes).toHaveLength(2);
    expect(classes[0]).toMatch(/^sl\d+$/);
    expect(classes[1]).toMatch(/^sd\d+$/);
    const css = paletteCss();
    expect(css).toContain(`.${classes[0]}{--shiki-light:#cf222e}`);
    expect(css).toContain(`.${classes[1]}{--shiki-dark:#ff7b72}`);
  });

  it('gives every colour of a theme its own class', () => {
    const rules = [...paletteCss().matchAll(/\.(s[ld]\d+)\{--shiki-(light|dark):(#[0-9a-f]+)\}/g)];
    expect(rules.length).toBeGreaterThan(10);
    expect(new Set(rules.map((r) => r[1])).size).toBe(rules.length);
    for (const [, name, mode, color] of rules) expect(styleToClasses(`--shiki-${mode}:${color}`)).toEqual([name]);
  });

  it('drops font style, weight and decoration, and the per-block background', () => {
    expect(
      styleToClasses(
        '--shiki-light:#1f2328;--shiki-light-font-weight:bold;--shiki-dark-font-style:italic;--shiki-light-bg:#fff;overflow-x:auto',
      ),
    ).toEqual(styleToClasses('--shiki-light:#1f2328'));
  });

  it('fails loudly on a colour or a declaration it has no class for', () => {
    expect(() => styleToClasses('--shiki-light:#123456')).toThrow(/not in the palette/);
    expect(() => styleToClasses('color:red')).toThrow(/no class for "color:red"/);
  });
});
