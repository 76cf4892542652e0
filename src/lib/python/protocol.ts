/** The messages between a page and its Python worker (src/scripts/python/worker.ts). */

/** Page → worker. */
export type ToWorker =
  /**
   * Start the runtime now (on Run), from `indexURL`, cached in `cacheName`; `controlled`: a
   * service worker controls the page (it answers the runtime's files from that cache).
   */
  | {
      readonly type: 'init';
      readonly indexURL: string;
      readonly cacheName: string;
      readonly base: string;
      readonly controlled: boolean;
    }
  | { readonly type: 'run'; readonly id: number; readonly code: string }
  /** Grade `code` with an exercise's hidden checks (src/lib/exercises/grade.py). */
  | { readonly type: 'check'; readonly id: number; readonly code: string; readonly checks: readonly CheckCode[] };

/** A hidden check as the grader takes it. */
export interface CheckCode {
  readonly name: string;
  readonly code: string;
}

/** What grade.py returns: `error` when the learner's code itself did not run (then every check fails). */
export interface Grade {
  readonly error: string | null;
  readonly stdout: string;
  readonly results: readonly { readonly name: string; readonly passed: boolean; readonly detail: string }[];
}

/** Worker → page. */
export type FromWorker =
  /** The runtime is loaded; `ms` is how long that took. */
  | { readonly type: 'ready'; readonly ms: number }
  /** The runtime could not load (offline before a first online run, a blocked file...). */
  | { readonly type: 'load-failed'; readonly message: string }
  /** The example's code has started running: the time limit counts from here. */
  | { readonly type: 'started'; readonly id: number }
  | { readonly type: 'stdout' | 'stderr'; readonly id: number; readonly text: string }
  /** Finished: `status` as `sys.exit()` set it (0 otherwise); `error` is the cleaned traceback when it raised. */
  | { readonly type: 'done'; readonly id: number; readonly status: number; readonly error?: string }
  /** A check finished: grade.py's verdict as JSON text (parsed on the page, src/lib/exercises/verdict.ts). */
  | { readonly type: 'graded'; readonly id: number; readonly verdict: string };
