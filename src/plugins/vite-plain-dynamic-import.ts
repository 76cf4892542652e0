/**
 * Vite wraps every dynamic `import()` in its preload helper, a separate chunk of about 0.9 KiB
 * gzip that every page then loads at start, even where there is nothing to preload (an open
 * Vite issue: https://github.com/vitejs/vite/issues/13952; `build.modulePreload: false` does
 * not remove it). Our lazy chunks carry no CSS, so a plain `import()` does the same job: this
 * plugin unwraps the calls before Vite fills in their dependency lists. The cost is that a lazy
 * chunk's own imports are fetched after it rather than alongside it, on paths used rarely.
 */
import type { Plugin } from 'vite';

const CALL = '__vitePreload(';
const END = ', __VITE_PRELOAD__)';
const HELPER_IMPORT = /^import \{ \w+ as __vitePreload \} from "[^"]+";\n/m;

/**
 * Replaces `__vitePreload(FN, __VITE_PRELOAD__)` with `(FN)()`: the helper only preloads the
 * dependencies and then calls FN, whether FN is `() => import(…)` or, for destructured imports,
 * an async function around it.
 */
export function unwrapPreloads(code: string): string {
  let out = code;
  for (let start = out.indexOf(CALL); start !== -1; start = out.indexOf(CALL, start)) {
    const end = out.indexOf(END, start);
    if (end === -1) throw new Error('plain-dynamic-import: a preload call without its end marker');
    out = `${out.slice(0, start)}(${out.slice(start + CALL.length, end)})()${out.slice(end + END.length)}`;
  }
  out = out.replace(HELPER_IMPORT, '');
  // Anything left that uses the helper means a shape this plugin does not know: leave it alone.
  return out.includes('__vitePreload') ? code : out;
}

export function plainDynamicImport(): Plugin {
  return {
    name: 'plain-dynamic-import',
    apply: 'build',
    renderChunk: {
      order: 'post',
      handler(code) {
        if (!code.includes(CALL)) return null;
        const out = unwrapPreloads(code);
        return out === code ? null : { code: out, map: null };
      },
    },
    generateBundle(_options, bundle) {
      // The helper chunk is still emitted; once no chunk's code refers to it, it is dead weight.
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      for (const [name, chunk] of Object.entries(bundle)) {
        const file = name.split('/').at(-1) ?? name;
        if (chunk.type === 'chunk' && file.startsWith('preload-helper') && !chunks.some((c) => c.code.includes(file)))
          delete bundle[name];
      }
    },
  };
}
