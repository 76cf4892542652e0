/** The messages between a page and its Python worker (src/scripts/python/worker.ts). */

/** Page → worker. */
export type ToWorker =
  /** Start the runtime now (on Run), cached in `cacheName`, from `indexURL`. */
  | { readonly type: 'init'; readonly indexURL: string; readonly cacheName: string; readonly base: string }
  | { readonly type: 'run'; readonly id: number; readonly code: string };

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
  | { readonly type: 'done'; readonly id: number; readonly status: number; readonly error?: string };
