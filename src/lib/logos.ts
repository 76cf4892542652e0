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
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path fill="#${icon.hex}" d="${icon.path}"/></svg>`;
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
