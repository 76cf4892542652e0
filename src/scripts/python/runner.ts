/**
 * The page's side of the Python worker: starts it on the first run, sends one example at a time,
 * streams its output to the caller, and ends it (worker.terminate()) on Stop or when the example
 * has run longer than the time limit; the next run starts a fresh worker.
 */
import type { CheckCode, FromWorker, ToWorker } from '../../lib/python/protocol';
import { runtimeCacheName, runtimePath, TIME_LIMIT_MS } from '../../lib/python/runtime';

export type RunResult =
  | { readonly kind: 'done'; readonly status: number; readonly error?: string | undefined }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'time-limit' }
  | { readonly kind: 'load-failed'; readonly message: string };

/** How a Check ended: grade.py's verdict (JSON text), or why there is none. */
export type CheckResult =
  | Exclude<RunResult, { kind: 'done' }>
  | { readonly kind: 'graded'; readonly verdict: string }
  | { readonly kind: 'failed'; readonly error: string };
type Outcome = RunResult | { readonly kind: 'graded'; readonly verdict: string };

export interface RunCallbacks {
  /** The runtime is loaded and the code has started. */
  started(): void;
  output(stream: 'stdout' | 'stderr', text: string): void;
}

interface Pending {
  readonly id: number;
  readonly callbacks: RunCallbacks;
  readonly resolve: (result: Outcome) => void;
  timer?: ReturnType<typeof setTimeout>;
}

const base = import.meta.env.BASE_URL;

export class PythonRunner {
  #worker: Worker | undefined;
  #ready: Promise<string | undefined> | undefined;
  #pending: Pending | undefined;
  #ids = 0;

  constructor(private readonly limitMs = TIME_LIMIT_MS) {}

  get running(): boolean {
    return this.#pending !== undefined;
  }

  #send(message: ToWorker): void {
    this.#worker?.postMessage(message);
  }

  /** The worker, started if needed; resolves to an error message when the runtime cannot load. */
  #start(): Promise<string | undefined> {
    if (this.#ready) return this.#ready;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python' });
    this.#worker = worker;
    this.#ready = new Promise((resolve) => {
      worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
        if (data.type === 'ready') resolve(undefined);
        else if (data.type === 'load-failed') resolve(data.message);
        else this.#receive(data);
      });
      worker.addEventListener('error', (event) => resolve(event.message || 'the Python worker failed to start'));
    });
    const indexURL = new URL(runtimePath(base), location.href).href;
    const controlled = Boolean(navigator.serviceWorker?.controller);
    this.#send({ type: 'init', indexURL, cacheName: runtimeCacheName(base), base, controlled });
    return this.#ready;
  }

  #receive(data: Exclude<FromWorker, { type: 'ready' | 'load-failed' }>): void {
    const pending = this.#pending;
    if (!pending || data.id !== pending.id) return;
    if (data.type === 'started') {
      pending.callbacks.started();
      pending.timer = setTimeout(() => this.#end({ kind: 'time-limit' }), this.limitMs);
    } else if (data.type === 'done') {
      this.#finish({ kind: 'done', status: data.status, error: data.error });
    } else if (data.type === 'graded') {
      this.#finish({ kind: 'graded', verdict: data.verdict });
    } else {
      pending.callbacks.output(data.type, data.text);
    }
  }

  #finish(result: Outcome): void {
    const pending = this.#pending;
    this.#pending = undefined;
    clearTimeout(pending?.timer);
    pending?.resolve(result);
  }

  /** Ends the worker at once (the only way to stop a busy Python) and settles the run. */
  #end(result: RunResult): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#ready = undefined;
    this.#finish(result);
  }

  async run(code: string, callbacks: RunCallbacks): Promise<RunResult> {
    const outcome = await this.#submit((id) => ({ type: 'run', id, code }), callbacks);
    return outcome.kind === 'graded' ? { kind: 'done', status: 0 } : outcome;
  }

  /** Grades `code` with an exercise's hidden checks, under the same time limit and Stop as a run. */
  async check(code: string, checks: readonly CheckCode[], started: () => void): Promise<CheckResult> {
    const outcome = await this.#submit((id) => ({ type: 'check', id, code, checks }), {
      started,
      output: () => undefined,
    });
    return outcome.kind === 'done' ? { kind: 'failed', error: outcome.error ?? 'the check did not finish' } : outcome;
  }

  async #submit(message: (id: number) => ToWorker, callbacks: RunCallbacks): Promise<Outcome> {
    if (this.#pending) this.#end({ kind: 'stopped' });
    const id = ++this.#ids;
    const result = new Promise<Outcome>((resolve) => {
      this.#pending = { id, callbacks, resolve };
    });
    const failed = await this.#start();
    if (this.#pending?.id !== id) return result;
    if (failed !== undefined) {
      // A failed start is not kept: the next Run tries again (e.g. back online).
      this.#end({ kind: 'load-failed', message: failed });
      return result;
    }
    this.#send(message(id));
    return result;
  }

  /** Starts the worker and loads the runtime ahead of a run: the learner is pressing Run, or editing. */
  warm(): void {
    void this.#start();
  }

  stop(): void {
    if (this.#pending) this.#end({ kind: 'stopped' });
  }
}
