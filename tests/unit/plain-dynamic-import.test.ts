import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../src/plugins/vite-plain-dynamic-import';

describe('plain dynamic import', () => {
  it('unwraps Vite preload calls and drops the helper import', () => {
    const code = [
      'import { t as __vitePreload } from "./preload-helper.js";',
      'ui ??= __vitePreload(() => import("./search-ui.js").then((n) => n.n), __VITE_PRELOAD__);',
      'x = __vitePreload(() => import("./notes.js"), __VITE_PRELOAD__);',
      'const { a } = await __vitePreload(async () => {',
      '  const { a } = await import("./b.js");',
      '  return { a };',
      '}, __VITE_PRELOAD__);',
      '',
    ].join('\n');
    expect(unwrapPreloads(code)).toBe(
      [
        'ui ??= (() => import("./search-ui.js").then((n) => n.n))();',
        'x = (() => import("./notes.js"))();',
        'const { a } = await (async () => {',
        '  const { a } = await import("./b.js");',
        '  return { a };',
        '})();',
        '',
      ].join('\n'),
    );
  });

  it('leaves code it does not understand unchanged', () => {
    const code = 'import { t as __vitePreload } from "./p.js";\nf(__vitePreload);\n';
    expect(unwrapPreloads(code)).toBe(code);
  });
});
