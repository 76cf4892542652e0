/**
 * Run, Edit, Reset and Stop for the lessons' standard-library Python blocks
 * (`figure[data-python="run"]`, src/lib/code-blocks.ts), and a one-line note under blocks that
 * cannot run here (`needs`, `browser:<reason>`). Loaded near the first such block (copy.ts); the
 * Python runtime itself loads only when Run is pressed (runner.ts). Without JavaScript the
 * blocks stay plain code: none of this is in the HTML.
 */
import { blockNote } from '../../lib/python/blocks';
import { appendCapped, browserHint } from '../../lib/python/output';
import { TIME_LIMIT_MS } from '../../lib/python/runtime';
import { all, h } from '../dom';
import { createEditor, type Editor } from './editor';
import stylesheet from './run-buttons.css?url';
import { PythonRunner, type RunResult } from './runner';

const runner = new PythonRunner();

const button = (label: string, className: string, hidden = false) =>
  h('button', { type: 'button', class: `run-button ${className}`, hidden }, label);

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

function setUp(figure: HTMLElement): void {
  const pre = figure.querySelector<HTMLElement>(':scope > pre');
  if (!pre) return;
  const original = pre.textContent ?? '';
  const run = button('Run', 'run');
  const stop = button('Stop', 'stop', true);
  const edit = button('Edit', 'edit');
  const reset = button('Reset', 'reset', true);
  const actions = h('div', { class: 'run-actions' }, run, stop, edit, reset);
  const status = h('p', { class: 'run-status' });
  const text = h('pre', { class: 'run-text', tabindex: '0', 'aria-label': 'Output' });
  const output = h('div', { class: 'run-output', 'aria-live': 'polite', hidden: true }, status, text);
  figure.querySelector(':scope > figcaption')?.after(actions);
  figure.classList.add('runnable');
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
    const began = performance.now();
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

  run.addEventListener('click', () => void start());
  stop.addEventListener('click', () => runner.stop());
  edit.addEventListener('click', openEditor);
  reset.addEventListener('click', closeEditor);
}

export function start(): void {
  document.head.append(h('link', { rel: 'stylesheet', href: stylesheet }));
  for (const figure of all('figure[data-python]')) {
    const kind = figure.dataset['python'] ?? '';
    if (kind === 'run') setUp(figure);
    else {
      const note = blockNote(kind);
      if (note) figure.after(h('p', { class: 'run-note' }, note));
    }
  }
}
