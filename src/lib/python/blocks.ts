/**
 * Which Python blocks of a lesson run in the browser (src/scripts/python/), decided from the
 * block's own first lines, the same way tests/unit/content-examples.test.ts decides which run
 * under CPython:
 * - `# Needs: fastapi, a PostgreSQL server` — needs packages or a service: no Run, a note.
 * - `# Browser: threads` — needs only the standard library, but something a browser's Python does
 *   not have; the reason comes from the closed list below, so a typo fails the build.
 * - anything else is standard-library code and gets Run.
 */

/** Why a standard-library block cannot run in the browser, and what the reader sees instead. */
export const browserReasons = {
  threads: 'starts threads, which the browser’s Python cannot do',
  processes: 'starts processes, which the browser’s Python cannot do',
  sockets: 'opens network sockets, which the browser’s Python cannot do',
  subprocess: 'runs other programs, which the browser’s Python cannot do',
  'password-hashing': 'uses hashlib’s password hashing (scrypt, PBKDF2), which the browser’s Python lacks',
  timezones: 'needs the time-zone database, which the browser’s Python does not ship',
} as const satisfies Record<string, string>;

export type BrowserReason = keyof typeof browserReasons;

export const NEEDS = /^#\s*Needs:\s*\S/i;
/** A block that demonstrates an error says which, e.g. `# Raises: ZeroDivisionError`. */
export const RAISES = /^#\s*Raises:\s*(\w+)/;
export const BROWSER = /^#\s*Browser:\s*(.*)$/;

export type PythonBlock =
  | { readonly kind: 'run' }
  | { readonly kind: 'needs' }
  | { readonly kind: 'browser'; readonly reason: BrowserReason };

const isBrowserReason = (word: string): word is BrowserReason => Object.hasOwn(browserReasons, word);

/** The first three lines, trimmed: where the markers must be. */
export const markerLines = (code: string): string[] =>
  code
    .split('\n')
    .slice(0, 3)
    .map((line) => line.trim());

/** What the block is; an unknown `# Browser:` reason throws, naming the known ones. */
export function classifyPython(code: string): PythonBlock {
  const lines = markerLines(code);
  if (lines.some((line) => NEEDS.test(line))) return { kind: 'needs' };
  for (const line of lines) {
    const match = BROWSER.exec(line);
    if (!match) continue;
    const word = (match[1] ?? '').trim();
    if (isBrowserReason(word)) return { kind: 'browser', reason: word };
    throw new Error(
      `python blocks: unknown "# Browser: ${word}" (known: ${Object.keys(browserReasons).join(', ')}; ` +
        'add one to browserReasons in src/lib/python/blocks.ts)',
    );
  }
  return { kind: 'run' };
}

/** The value of a figure's `PYTHON` hook (src/lib/hooks/python.ts): `run`, `needs` or `browser:<reason>`. */
export function blockAttribute(block: PythonBlock): string {
  return block.kind === 'browser' ? `browser:${block.reason}` : block.kind;
}

/** The one-line note a block without Run carries, from its `PYTHON` value. */
export function blockNote(attribute: string): string | undefined {
  if (attribute === 'needs')
    return 'This example needs packages or a service (its “# Needs:” line says which): install them and run it on your machine.';
  const reason = attribute.startsWith('browser:') ? attribute.slice('browser:'.length) : '';
  if (isBrowserReason(reason)) return `This example ${browserReasons[reason]}: run it on your machine with python3.`;
  return undefined;
}
