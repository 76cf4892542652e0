/**
 * What a runnable block does once a learner presses one of its buttons (run-buttons.ts imports
 * this on the first press): runs the code in the page's one Python (runner.ts), streams the
 * output into a polite live region under the block, opens the editor in place (editor.ts),
 * resets it, stops a run.
 */
import { appendCapped, browserHint } from '../../lib/python/output';
import { TIME_LIMIT_MS } from '../../lib/python/runtime';
import { h } from '../dom';
import { createEditor, type Editor } from './editor';
import { PythonRunner, type RunResult } from './runner';
import stylesheet from './session.css?url';

const runner = new PythonRunner();

function resultStatus(result: RunResult): string {
  switch (result.kind) {
    case 'done':
      if (result.error !== undefined) return 'Finished with an error (traceback below).';
      return result.status === 0 ? 'Finished.' : `Finished with exit status ${result.status}.`;
    case 'stopped':
      return 'Stopped.';
    case 'time-limit':
      return `Stopped after ${TIME_LIMIT_MS / 1000} seconds, the time limit for an example: look for a loop that never ends.`;
    case 'load-failed':
      return `Python could not start (${result.message}). Offline? Run an example once while online, and it works offline afterwards.`;
  }
}

/** The Run, Stop, Edit and Reset buttons run-buttons.ts put in a block's bar. */
export interface Controls {
  readonly run: HTMLButtonElement;
  readonly stop: HTMLButtonElement;
  readonly edit: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
}
export type Action = keyof Controls;

type Block = Record<Action, () => void>;
const blocks = new WeakMap<HTMLElement, Block>();

/**
 * Loads the runtime ahead of a run: Run is being pressed (pointerdown, a little before the click).
 * Not on editing: the runtime is several megabytes, fetched only when the learner asks to run.
 */
export const warm = (): void => runner.warm();

/** Does what a block's button asks, setting the block up on its first press. */
export function press(figure: HTMLElement, controls: Controls, action: Action): void {
  let block = blocks.get(figure);
  if (!block) {
    block = setUp(figure, controls);
    blocks.set(figure, block);
  }
  block[action]();
}

function setUp(figure: HTMLElement, { run, stop, edit, reset }: Controls): Block {
  const pre = figure.querySelector<HTMLElement>(':scope > pre') ?? h('pre');
  const original = pre.textContent ?? '';
  const status = h('p', { class: 'run-status' });
  const text = h('pre', { class: 'run-text', tabindex: '0', 'aria-label': 'Output' });
  const output = h('div', { class: 'run-output', 'aria-live': 'polite', hidden: true }, status, text);
  figure.append(output);
  let editor: Editor | undefined;

  const code = () => editor?.textarea.value ?? original;

  const setRunning = (running: boolean) => {
    const focusStop = running && document.activeElement === run;
    const focusRun = !running && document.activeElement === stop;
    run.hidden = running;
    stop.hidden = !running;
    if (focusStop) stop.focus();
    if (focusRun) run.focus();
  };

  const start = async () => {
    if (runner.running && !stop.hidden) return;
    let written = '';
    let full = false;
    text.replaceChildren();
    output.hidden = false;
    status.textContent = 'Starting Python…';
    setRunning(true);
    // The time shown is the program's own: loading Python first does not count.
    let began = performance.now();
    const write = (chunk: string, className?: string) => {
      if (full) return;
      const next = appendCapped(written, chunk);
      const added = next.text.slice(written.length);
      written = next.text;
      full = next.full;
      text.append(className ? h('span', { class: className }, added) : added);
      if (full) text.append(h('span', { class: 'run-note-inline' }, '\n… output cut here (too long to show).'));
    };
    const result = await runner.run(code(), {
      started: () => {
        began = performance.now();
        status.textContent = 'Running…';
      },
      output: (stream, chunk) => write(chunk, stream === 'stderr' ? 'stderr' : undefined),
    });
    if (result.kind === 'done' && result.error !== undefined) {
      write(result.error, 'stderr');
      const hint = browserHint(result.error);
      if (hint) write(`${hint}\n`, 'hint');
    }
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    status.textContent = `${resultStatus(result)}${result.kind === 'done' ? ` (${seconds} s)` : ''}`;
    if (!written && result.kind === 'done' && result.error === undefined) text.textContent = '(no output)';
    setRunning(false);
  };

  const openEditor = () => {
    if (editor) return editor.textarea.focus();
    editor = createEditor(original, 'Python code, editable', () => void start());
    pre.hidden = true;
    pre.after(editor.root);
    edit.hidden = true;
    reset.hidden = false;
    editor.textarea.focus();
  };

  const closeEditor = () => {
    editor?.root.remove();
    editor = undefined;
    pre.hidden = false;
    edit.hidden = false;
    reset.hidden = true;
    output.hidden = true;
    text.replaceChildren();
    edit.focus();
  };

  return { run: () => void start(), stop: () => runner.stop(), edit: openEditor, reset: closeEditor };
}

document.head.append(h('link', { rel: 'stylesheet', href: stylesheet }));
