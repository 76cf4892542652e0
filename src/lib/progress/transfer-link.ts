/**
 * The transfer link: the whole export file, deflated (fflate) and base64url-encoded, in the URL
 * fragment (`#transfer=…`). Browsers never send the fragment to a server. Decoding gives back the
 * export file's text, which goes through the same checks as a file (importProgress).
 * Loaded only by the transfer code, so fflate is never in a page's start-up JavaScript.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { TRANSFER_PREFIX } from './data-names';
import { exportProgress } from './export';
import type { ProgressState } from './model';

export { TRANSFER_PREFIX };
/**
 * The longest link offered. A QR code holds at most 2,953 bytes (version 40, low error correction),
 * and phones' cameras read codes far below that reliably; longer records go by file.
 */
export const TRANSFER_LINK_MAX = 2_000;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export type LinkResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly length: number };

/** The link to `page` carrying `state`, or, when it would be too long, how long it would be. */
export function transferLink(state: ProgressState, page: string, now?: Date): LinkResult {
  const payload = toBase64Url(deflateSync(strToU8(exportProgress(state, now)), { level: 9 }));
  const url = `${page.replace(/#.*$/, '')}${TRANSFER_PREFIX}${payload}`;
  return url.length <= TRANSFER_LINK_MAX ? { ok: true, url } : { ok: false, length: url.length };
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** The export file's text from a fragment (`location.hash`), or why it cannot be read. */
export function decodeTransfer(hash: string): DecodeResult | undefined {
  if (!hash.startsWith(TRANSFER_PREFIX)) return undefined;
  const broken = {
    ok: false,
    message: 'This transfer link is incomplete or damaged (was it cut short when it was copied?). Nothing was changed.',
  } as const;
  const bytes = fromBase64Url(hash.slice(TRANSFER_PREFIX.length));
  if (!bytes || bytes.length === 0) return broken;
  try {
    return { ok: true, text: strFromU8(inflateSync(bytes)) };
  } catch {
    return broken;
  }
}
