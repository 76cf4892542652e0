/**
 * The CSP source for an inline script (`'sha256-…'` without the quotes, as Astro's
 * `Astro.csp.insertScriptHash` takes it). Build-only: it uses Node's crypto. Astro hashes the
 * scripts it bundles itself; the inline ones we write (the theme before paint, the speculation
 * rules) need theirs added, or a policy applied first (as an HTTP header would be) blocks them.
 */
import { createHash } from 'node:crypto';

export const scriptHash = (code: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
