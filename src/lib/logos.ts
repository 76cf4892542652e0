/**
 * Renders a technology's logo to a standalone SVG document at build time, from the CC0 icon
 * collections installed as dependencies (Iconify's `logos` and `lucide`, and Simple Icons for the
 * few Iconify lacks). The SVGs are written as static files: no request leaves the site.
 */

import type { IconifyJSON } from '@iconify/types';
import { getIconData, iconToHTML, iconToSVG } from '@iconify/utils';
import { icons as logosSet } from '@iconify-json/logos';
import { icons as lucideSet } from '@iconify-json/lucide';
import type { SimpleIcon } from 'simple-icons';
import * as simpleIcons from 'simple-icons';
import { type LogoSource, type TechnologyKey, technologies } from './technologies';

const iconSets: Record<'logos' | 'lucide', IconifyJSON> = { logos: logosSet, lucide: lucideSet };

const isSimpleIcon = (value: unknown): value is SimpleIcon =>
  typeof value === 'object' && value !== null && 'slug' in value && 'path' in value && 'hex' in value;

const simpleIconList: readonly SimpleIcon[] = Object.values<unknown>(simpleIcons).filter(isSimpleIcon);

/** The SVG markup for a logo source, or an Error naming what is missing. */
export function renderLogo(source: LogoSource): string {
  if (source.pack === 'simple-icons') {
    const icon = simpleIconList.find((i) => i.slug === source.icon);
    if (!icon) throw new Error(`simple-icons has no icon "${source.icon}"`);
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path fill="#${source.color ?? icon.hex}" d="${icon.path}"/></svg>`;
  }
  const data = getIconData(iconSets[source.pack], source.icon);
  if (!data) throw new Error(`@iconify-json/${source.pack} has no icon "${source.icon}"`);
  const { attributes, body } = iconToSVG(data, { height: '24' });
  // Lucide icons draw with currentColor; in a standalone <img> that is black, so give them a
  // fixed neutral stroke that reads on the logo tile in both themes.
  const colored = source.pack === 'lucide' ? body.replaceAll('currentColor', '#334155') : body;
  return iconToHTML(colored, attributes);
}

/** The SVG document for a registered technology. */
export function technologyLogoSvg(key: TechnologyKey): string {
  return renderLogo(technologies[key].logo);
}

/**
 * How a logo sits on the page: its size at 24 px high (wide marks keep their proportions instead of
 * being squeezed into a square), and its tone, which decides its dark-theme treatment:
 * `mono-dark` (every colour dark, or none given so the fill is black) is inverted, `has-dark`
 * (some parts dark) gets a light tile, `plain` reads on both themes as it is.
 */
export interface LogoMeta {
  readonly width: number;
  readonly height: number;
  readonly tone: 'mono-dark' | 'has-dark' | 'plain';
}

const luminance = (hex: string): number => {
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const channel = (i: number): number => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
};

/** Size and tone of a logo's SVG markup (see `LogoMeta`). */
export function logoMetaOf(svg: string): LogoMeta {
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 24);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 24);
  const colours = [...svg.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)]
    .map((m) => luminance(m[1] ?? 'fff'))
    // White and near-white parts are knock-outs drawn over the coloured shapes.
    .filter((l) => l < 0.8);
  const dark = colours.filter((l) => l < 0.06);
  const tone =
    colours.length === 0 || dark.length === colours.length ? 'mono-dark' : dark.length > 0 ? 'has-dark' : 'plain';
  return { width: Math.round((width / height) * 24), height: 24, tone };
}

const metaCache = new Map<TechnologyKey, LogoMeta>();
/** Size and tone of a registered technology's logo. */
export function logoMeta(key: TechnologyKey): LogoMeta {
  let meta = metaCache.get(key);
  if (!meta) {
    meta = logoMetaOf(technologyLogoSvg(key));
    metaCache.set(key, meta);
  }
  return meta;
}
