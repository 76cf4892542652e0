/** Serves the code palette CSS (src/lib/shiki-palette.ts) as `virtual:shiki-palette.css`. */
import type { Plugin } from 'vite';
import { paletteCss } from '../lib/shiki-palette';

const ID = 'virtual:shiki-palette.css';
const RESOLVED = `\0${ID}`;

export function shikiPaletteCss(): Plugin {
  return {
    name: 'shiki-palette-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? paletteCss() : undefined),
  };
}
