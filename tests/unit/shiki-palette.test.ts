import { describe, expect, it } from 'vitest';
import { paletteCss, styleToClasses } from '../../src/lib/shiki-palette';

describe('code palette', () => {
  it('turns token colours into classes that the palette CSS defines', () => {
    const classes = styleToClasses('--shiki-light:#CF222E;--shiki-dark:#FF7B72');
    expect(classes).toEqual(['sl-cf222e', 'sd-ff7b72']);
    const css = paletteCss();
    for (const c of classes) expect(css).toContain(`.${c}{`);
  });

  it('drops font style, weight and decoration, and the per-block background', () => {
    expect(
      styleToClasses(
        '--shiki-light:#1f2328;--shiki-light-font-weight:bold;--shiki-dark-font-style:italic;--shiki-light-bg:#fff;overflow-x:auto',
      ),
    ).toEqual(['sl-1f2328']);
  });

  it('fails loudly on a colour or a declaration it has no class for', () => {
    expect(() => styleToClasses('--shiki-light:#123456')).toThrow(/not in the palette/);
    expect(() => styleToClasses('color:red')).toThrow(/no class for "color:red"/);
  });
});
