/** Every technology logo as a static, self-hosted SVG file, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { technologyLogoSvg } from '../../lib/logos';
import { type TechnologyKey, technologyKeys } from '../../lib/technologies';

export const getStaticPaths = (() => technologyKeys.map((key) => ({ params: { key } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, { key: TechnologyKey }> = ({ params }) =>
  new Response(technologyLogoSvg(params.key), { headers: { 'Content-Type': 'image/svg+xml' } });
