/**
 * Turning what the browser's Python reports into what a learner reads: a traceback whose frames
 * are the example's own (the runtime's frames dropped, line numbers as in the block), plus a
 * one-line hint for what a browser cannot do.
 */

/** The file name examples run under, so tracebacks read `File "example.py", line 3`. */
export const EXAMPLE_FILE = 'example.py';

const FRAME = /^ {2}File "([^"]+)", line \d+/;

/**
 * Keeps a traceback's header, the frames in the example (with their source and caret lines) and
 * the exception itself; frames of the runtime and of our runner are dropped.
 */
export function cleanTraceback(text: string, file = EXAMPLE_FILE): string {
  const out: string[] = [];
  let inFrame = false;
  let keep = true;
  for (const line of text.replace(/\n+$/, '').split('\n')) {
    const frame = FRAME.exec(line);
    if (frame) {
      inFrame = true;
      keep = frame[1] === file;
    } else if (inFrame && line.startsWith('    ')) {
      // The frame's source line and caret markers.
    } else {
      inFrame = false;
      keep = true;
    }
    if (keep) out.push(line);
  }
  return `${out.join('\n')}\n`;
}

/** Known failures of the browser's Python, matched on the traceback's text, with what to do. */
const HINTS: readonly (readonly [RegExp, string])[] = [
  [
    /can't start new thread|thread.*not supported/i,
    'Threads do not exist in the browser’s Python: run this on your machine.',
  ],
  [/multiprocessing/, 'The browser’s Python cannot start processes: run this on your machine.'],
  [
    /_posixsubprocess|subprocess|fork/i,
    'The browser’s Python cannot start other programs or processes: run this on your machine.',
  ],
  [/socket/i, 'The browser’s Python cannot open network sockets: run this on your machine.'],
  [
    /has no attribute '(?:scrypt|pbkdf2_hmac)'/,
    'The browser’s Python has no hashlib.scrypt or pbkdf2_hmac: run this on your machine.',
  ],
  [
    /No time zone found|ZoneInfoNotFoundError/,
    'The browser’s Python has no time-zone database: run this on your machine.',
  ],
];

/** A one-line hint for a traceback the browser causes, or undefined for an ordinary error. */
export function browserHint(traceback: string): string | undefined {
  const last = traceback.trimEnd().split('\n').at(-1) ?? '';
  for (const [pattern, hint] of HINTS) if (pattern.test(last)) return hint;
  return undefined;
}

/** The message `input()` raises: the browser has no keyboard stream for the program. */
export const INPUT_MESSAGE =
  'input() cannot read the keyboard in the browser: assign a value instead (name = "Ada"), or run this on your machine';

/** Output compared line by line without trailing spaces, as the content tests compare it. */
export const normalizeOutput = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

/** Caps streamed output so a runaway `print` loop cannot freeze the page. */
export const OUTPUT_LIMIT = 100_000;

export function appendCapped(current: string, chunk: string, limit = OUTPUT_LIMIT): { text: string; full: boolean } {
  if (current.length + chunk.length <= limit) return { text: current + chunk, full: false };
  return { text: current + chunk.slice(0, Math.max(0, limit - current.length)), full: true };
}

/**
 * What `sys.exit()` means once it reaches the top, as CPython treats it: `None`, `False` and `0`
 * exit cleanly, a number is the exit status, anything else is printed and exits with 1. Returns
 * undefined when the traceback does not end in SystemExit.
 */
export function exitOutcome(traceback: string): { status: number; message?: string } | undefined {
  const last = traceback.trimEnd().split('\n').at(-1) ?? '';
  const match = /^SystemExit(?:: (.*))?$/.exec(last);
  if (!match) return undefined;
  const value = match[1];
  if (value === undefined || value === 'None' || value === 'False') return { status: 0 };
  if (value === 'True') return { status: 1 };
  if (/^-?\d+$/.test(value)) return { status: Number(value) };
  return { status: 1, message: value };
}
