/**
 * The Python worker: a module Web Worker the page starts on the first Run. It loads Pyodide from
 * the site's own copy (src/lib/python/runtime.ts; load-runtime.ts: cached so Run works offline
 * after one online run), and runs one example at a time, streaming its output back.
 * An endless loop is ended by the page terminating this worker (src/scripts/python/runner.ts).
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import GRADER from '../../lib/exercises/grade.py?raw';
import { cleanTraceback, EXAMPLE_FILE, exitOutcome, INPUT_MESSAGE } from '../../lib/python/output';
import type { CheckCode, FromWorker, ToWorker } from '../../lib/python/protocol';
import { loadRuntime } from './load-runtime';

/** The part of DedicatedWorkerGlobalScope used here (the DOM library types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: FromWorker) => scope.postMessage(message);

let runtime: Promise<PyodideAPI> | undefined;
let current = 0;

async function start(indexURL: string, cacheName: string, base: string, controlled: boolean): Promise<PyodideAPI> {
  const pyodide = await loadRuntime(indexURL, cacheName, base, controlled);
  const decoder = { out: new TextDecoder(), err: new TextDecoder() };
  pyodide.setStdout({
    write: (buffer) => {
      post({ type: 'stdout', id: current, text: decoder.out.decode(buffer, { stream: true }) });
      return buffer.length;
    },
  });
  pyodide.setStderr({
    write: (buffer) => {
      post({ type: 'stderr', id: current, text: decoder.err.decode(buffer, { stream: true }) });
      return buffer.length;
    },
  });
  // No keyboard stream in a worker: stdin is empty (as in the content tests), input() says what
  // to do instead, and breakpoint() says on stderr that it was skipped.
  pyodide.setStdin({ stdin: () => undefined });
  pyodide.globals.set('_input_message', INPUT_MESSAGE);
  pyodide.runPython(`
import builtins, sys
def input(prompt="", _message=_input_message):
    raise EOFError(_message)
builtins.input = input
def breakpointhook(*args, **kwargs):
    import sys
    line = sys._getframe(1).f_lineno
    print(f"(breakpoint() on line {line} skipped: the debugger needs a terminal; run this on your machine to step through it)", file=sys.stderr)
sys.breakpointhook = breakpointhook
del input, breakpointhook, _input_message
`);
  return pyodide;
}

/**
 * Each example starts as a fresh `python3 example.py` would, as far as one interpreter allows:
 * a new `__main__` module (unittest.main() finds its tests there), the code saved as example.py
 * in its own empty working folder (`__file__`, tracebacks), `sys.argv`, logging without handlers.
 */
const PREPARE = `
import os, sys, tempfile, types
os.chdir(tempfile.mkdtemp(prefix="example-"))
with open("example.py", "w", encoding="utf-8") as f:
    f.write(_code)
_main = types.ModuleType("__main__")
_main.__file__ = os.path.abspath("example.py")
sys.modules["__main__"] = _main
sys.argv = ["example.py"]
if "logging" in sys.modules:
    import logging
    for handler in logging.root.handlers[:]:
        logging.root.removeHandler(handler)
    logging.root.setLevel(logging.WARNING)
_main.__dict__
`;

/**
 * Runs an example as `python3 example.py` would: synchronously. Pyodide keeps its own event loop
 * registered as running and makes `asyncio.run()` block on a coroutine through stack switching
 * (this is entered from runPythonAsync, which allows it); `asyncio.Runner.run()`, which
 * unittest's IsolatedAsyncioTestCase uses, refuses to start under a running loop, so it gets the
 * same treatment: the running loop is set aside while it runs. SystemExit is caught here:
 * escaping, it would break Pyodide's loop. Returns the SystemExit line ("SystemExit: 1") or None.
 */
const RUN_EXAMPLE = `
import asyncio, asyncio.events, traceback
if not getattr(asyncio.Runner.run, "_set_aside", False):
    _runner_run = asyncio.Runner.run
    def _run_set_aside(self, coro, *, context=None):
        running = asyncio.events._get_running_loop()
        asyncio.events._set_running_loop(None)
        try:
            return _runner_run(self, coro, context=context)
        finally:
            asyncio.events._set_running_loop(running)
    _run_set_aside._set_aside = True
    asyncio.Runner.run = _run_set_aside
async def _run_example(code, globals):
    try:
        exec(compile(code, "${EXAMPLE_FILE}", "exec"), globals)
    except SystemExit as exit:
        return traceback.format_exception_only(exit)[-1].strip()
`;

async function run(pyodide: PyodideAPI, id: number, code: string): Promise<void> {
  current = id;
  const scratch = pyodide.globals.get('dict')();
  scratch.set('_code', code);
  const globals: PyProxy = pyodide.runPython(PREPARE, { globals: scratch });
  scratch.set('_globals', globals);
  pyodide.runPython(RUN_EXAMPLE, { globals: scratch });
  post({ type: 'started', id });
  let error: string | undefined;
  let status = 0;
  try {
    const exitLine: unknown = await pyodide.runPythonAsync('await _run_example(_code, _globals)', { globals: scratch });
    const exit = typeof exitLine === 'string' ? exitOutcome(exitLine) : undefined;
    status = exit?.status ?? 0;
    if (exit?.message) post({ type: 'stderr', id, text: `${exit.message}\n` });
  } catch (e) {
    error = cleanTraceback(e instanceof Error ? e.message : String(e));
  } finally {
    pyodide.runPython('import sys; sys.stdout.flush(); sys.stderr.flush()');
    globals.destroy();
    scratch.destroy();
  }
  post({ type: 'done', id, status, ...(error === undefined ? {} : { error }) });
}

let grader: PyProxy | undefined;

/**
 * Grades an exercise: grade.py (the same file the build and the unit tests run under CPython)
 * runs the learner's code and then each hidden check; its output is captured, not streamed.
 * Entered from runPythonAsync, like an example, so `asyncio.run()` in the learner's code works.
 */
async function check(pyodide: PyodideAPI, id: number, code: string, checks: readonly CheckCode[]): Promise<void> {
  current = id;
  if (!grader) {
    const namespace: PyProxy = pyodide.globals.get('dict')();
    namespace.set('__name__', 'grader');
    pyodide.runPython(GRADER, { globals: namespace });
    grader = namespace;
  }
  const scratch = pyodide.globals.get('dict')();
  pyodide.runPython(RUN_EXAMPLE, { globals: scratch });
  scratch.set('_grade', grader.get('grade'));
  scratch.set('_code', code);
  const list = pyodide.toPy(checks.map((c) => ({ name: c.name, code: c.code })));
  scratch.set('_checks', list);
  post({ type: 'started', id });
  try {
    const verdict: unknown = await pyodide.runPythonAsync('_grade(_code, _checks)', { globals: scratch });
    if (typeof verdict === 'string') post({ type: 'graded', id, verdict });
    else post({ type: 'done', id, status: 1, error: 'the grader returned nothing' });
  } catch (e) {
    post({ type: 'done', id, status: 1, error: cleanTraceback(e instanceof Error ? e.message : String(e)) });
  } finally {
    list.destroy();
    scratch.destroy();
  }
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'init') {
    const began = performance.now();
    runtime ??= start(data.indexURL, data.cacheName, data.base, data.controlled);
    runtime.then(
      () => post({ type: 'ready', ms: Math.round(performance.now() - began) }),
      (e: unknown) => post({ type: 'load-failed', message: e instanceof Error ? e.message : String(e) }),
    );
  } else if (runtime && data.type === 'check') {
    const { id, code, checks } = data;
    void runtime.then((pyodide) => check(pyodide, id, code, checks)).catch(() => undefined);
  } else if (runtime && data.type === 'run') {
    const { id, code } = data;
    void runtime.then((pyodide) => run(pyodide, id, code)).catch(() => undefined);
  }
});
