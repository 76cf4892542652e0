/**
 * What an exercise page does once the learner presses Edit or Check (exercise.ts imports this
 * on the first press): the editor in place of the starter code (src/scripts/python/editor.ts),
 * the hidden checks fetched (and kept for offline use), graded in the page's Python worker
 * (runner.ts, same time limit and Stop as Run), and the verdict in words in a polite live
 * region; each Check is saved (status and code) through the progress store.
 */
import { feedback, parseVerdict } from '../../lib/exercises/verdict';
import { RESULT } from '../../lib/hooks/exercise-check';
import { recordCheck } from '../../lib/progress/exercises';
import type { CheckCode } from '../../lib/python/protocol';
import { runtimeCacheName, TIME_LIMIT_MS } from '../../lib/python/runtime';
import { h } from '../dom';
import { createEditor, type Editor } from '../python/editor';
import { type CheckResult, PythonRunner } from '../python/runner';
import stylesheet from '../python/session.css?url';
import { update } from '../workspace/store';

export interface Controls {
  readonly edit: HTMLButtonElement;
  readonly check: HTMLButtonElement;
  readonly stop: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
}
export interface Session {
  edit(): void;
  check(): Promise<void>;
  stop(): void;
  reset(): void;
  /** Opens the editor with the code last checked, without moving focus. */
  restore(): void;
}
interface Options {
  readonly id: string;
  readonly checksUrl: string;
  readonly saved: string | undefined;
}
interface Check extends CheckCode {
  readonly message: string;
}

const runner = new PythonRunner();
const base = import.meta.env.BASE_URL;

const isCheck = (c: unknown): c is Check =>
  typeof c === 'object' &&
  c !== null &&
  ['name', 'code', 'message'].every((k) => typeof (c as Record<string, unknown>)[k] === 'string');

/** The hidden checks: from the network, kept in the runtime's cache; from any cache when offline. */
async function loadChecks(url: string): Promise<readonly Check[]> {
  let response: Response | undefined;
  try {
    response = await fetch(url);
    if (response.ok) {
      const copy = response.clone();
      await caches
        .open(runtimeCacheName(base))
        .then((cache) => cache.put(url, copy))
        .catch(() => undefined);
    } else response = undefined;
  } catch {
    response = undefined;
  }
  response ??= await caches.match(url).catch(() => undefined);
  if (!response) throw new Error('offline');
  const body: unknown = await response.json();
  const checks = (body as { checks?: unknown } | null)?.checks;
  if (!Array.isArray(checks) || !checks.every(isCheck)) throw new Error('damaged');
  return checks;
}

const p = (text: string, className?: string) => h('p', className ? { class: className } : {}, text);

function outcomeText(outcome: Exclude<CheckResult, { kind: 'graded' }>): string {
  switch (outcome.kind) {
    case 'stopped':
      return 'Stopped. Nothing was checked.';
    case 'time-limit':
      return `Stopped after ${TIME_LIMIT_MS / 1000} seconds, the time limit: look for a loop that never ends.`;
    case 'load-failed':
      return `Python could not start (${outcome.message}). Offline? Check once while online, and it works offline afterwards.`;
    case 'failed':
      return `The check could not finish: ${outcome.error}`;
  }
}

export function createSession(
  codeSlot: HTMLElement,
  controls: Controls,
  result: HTMLElement,
  { id, checksUrl, saved }: Options,
): Session {
  const starter = codeSlot.querySelector('pre')?.textContent ?? '';
  let editor: Editor | undefined;
  const code = () => editor?.textarea.value ?? starter;

  const openEditor = (text: string) => {
    if (!editor) {
      editor = createEditor(text, 'Your code for this exercise', () => void check(), 'checks');
      codeSlot.hidden = true;
      codeSlot.after(editor.root);
    } else editor.textarea.value = text;
    editor.textarea.rows = Math.min(30, Math.max(8, text.split('\n').length + 1));
    controls.edit.hidden = true;
    controls.reset.hidden = false;
    return editor;
  };

  const setRunning = (running: boolean) => {
    const focusStop = running && document.activeElement === controls.check;
    const focusCheck = !running && document.activeElement === controls.stop;
    controls.check.hidden = running;
    controls.stop.hidden = !running;
    if (focusStop) controls.stop.focus();
    if (focusCheck) controls.check.focus();
  };

  const show = (state: string, ...children: Node[]) => {
    result.setAttribute(RESULT, state);
    result.replaceChildren(...children);
  };

  const check = async () => {
    if (runner.running) return;
    const submitted = code();
    setRunning(true);
    show('busy', p('Checking… Python takes a few seconds to start the first time.'));
    let checks: readonly Check[];
    try {
      checks = await loadChecks(checksUrl);
    } catch {
      setRunning(false);
      show(
        'error',
        p(
          'The checks could not be loaded. Offline? Open this exercise and Check once while online; it works offline afterwards.',
        ),
      );
      return;
    }
    const outcome = await runner.check(submitted, checks, () => undefined);
    setRunning(false);
    if (outcome.kind !== 'graded') return show('error', p(outcomeText(outcome)));
    const verdict = parseVerdict(outcome.verdict);
    if (!verdict) return show('error', p('The checks gave an answer this page cannot read. Reload and try again.'));
    const f = feedback(verdict, checks);
    const parts: Node[] = [p(f.summary, 'exercise-summary')];
    if (f.solved) parts.push(p('Solved: every check passes. Compare with the reference solution below if you like.'));
    else if (f.error) parts.push(p(`Your code did not run: ${f.error}`, 'exercise-detail'));
    else {
      const list = h('ul', { class: 'exercise-failures', 'aria-label': 'Failing checks' });
      for (const failure of f.failures) {
        // The message is inline Markdown rendered to escaped HTML at build time (the checks file).
        const message = h('span', { class: 'exercise-message' });
        message.innerHTML = failure.message;
        list.append(
          h('li', {}, message, ...(failure.detail ? [h('span', { class: 'exercise-detail' }, failure.detail)] : [])),
        );
      }
      parts.push(list);
    }
    if (f.stdout.trim())
      parts.push(p('What your code printed:', 'muted'), h('pre', { class: 'exercise-stdout' }, f.stdout));
    try {
      // A change that cannot be written is kept as pending and the page says so (src/scripts/workspace/alerts.ts).
      update((state) => recordCheck(state, id, submitted, f.solved));
    } catch (e) {
      parts.push(p(e instanceof Error ? e.message : String(e), 'exercise-detail'));
    }
    show(f.solved ? 'solved' : 'failing', ...parts);
  };

  const session: Session = {
    edit: () => openEditor(code()).textarea.focus(),
    check,
    stop: () => runner.stop(),
    reset: () => {
      const e = openEditor(starter);
      e.textarea.focus();
      show('', ...[]);
    },
    restore: () => {
      if (!editor) openEditor(saved ?? starter);
    },
  };
  return session;
}

document.head.append(h('link', { rel: 'stylesheet', href: stylesheet }));
