/**
 * An exercise page's controls (loaded by the workspace script once the stored progress is read):
 * Edit and Check beside the starter code, hints opened one at a time, the reference solution
 * offered only after a first Check or through "Show the solution", which counts as seen, and the
 * learner's status. The editor, the Python worker and the checks load on the first press
 * (./session.ts); a learner coming back with code they checked gets it back in the editor.
 */
import { read, sel } from '../../lib/hooks';
import { CHECKS, EXERCISE_CODE, EXERCISE_SOLUTION, EXERCISE_STATE, HINT } from '../../lib/hooks/exercise';
import { EXERCISE, STATUS } from '../../lib/hooks/workspace';
import { exerciseStateText, exerciseStatusOf } from '../../lib/progress/exercise-labels';
import { all, h } from '../dom';
import { lazy } from '../notice';
import { current, subscribe, update } from '../workspace/store';
import type { Controls, Session } from './session';

const button = (label: string, className: string, hidden = false) =>
  h('button', { type: 'button', class: `button ${className}`, hidden }, label);

/** Hints: each one appears once the one before it has been opened. */
function hintsOneAtATime(root: HTMLElement): void {
  const hints = all<HTMLDetailsElement>(`details${sel(HINT)}`, root);
  hints.forEach((hint, i) => {
    if (i > 0 && !hints[i - 1]?.open) hint.hidden = true;
    hint.addEventListener('toggle', () => {
      const next = hints[i + 1];
      if (hint.open && next) next.hidden = false;
    });
  });
}

export function start(root: HTMLElement): void {
  const id = read(root, EXERCISE);
  const codeSlot = root.querySelector<HTMLElement>(sel(EXERCISE_CODE));
  const solution = root.querySelector<HTMLDetailsElement>(sel(EXERCISE_SOLUTION));
  const stateLine = root.querySelector<HTMLElement>(sel(EXERCISE_STATE));
  if (!codeSlot || !solution) return;
  hintsOneAtATime(root);

  const controls: Controls = {
    edit: button('Edit the code', 'edit'),
    check: button('Check', 'primary check'),
    stop: button('Stop', 'stop', true),
    reset: button('Reset to the starter code', 'reset', true),
  };
  const result = h('div', { class: 'exercise-result', 'aria-live': 'polite' });
  codeSlot.after(h('div', { class: 'exercise-actions' }, ...Object.values(controls)), result);

  let session: Promise<Session> | undefined;
  const open = () => {
    session ??= lazy(() => import('./session')).then((m) =>
      m.createSession(codeSlot, controls, result, {
        id,
        checksUrl: read(root, CHECKS),
        saved: current().exercises[id]?.code,
      }),
    );
    session.catch(() => {
      session = undefined;
    });
    return session;
  };
  controls.edit.addEventListener('click', () => void open().then((s) => s.edit()));
  controls.check.addEventListener('click', () => void open().then((s) => s.check()));
  controls.stop.addEventListener('click', () => void session?.then((s) => s.stop()));
  controls.reset.addEventListener('click', () => void session?.then((s) => s.reset()));

  // The solution: hidden behind "Show the solution" until the learner has checked once.
  const note = h(
    'p',
    { class: 'muted', id: `${id}-show-note` },
    'It counts as seen: your progress will say you saw it.',
  );
  const show = button('Show the solution', 'show-solution');
  show.setAttribute('aria-describedby', note.id);
  const offer = h('div', { class: 'exercise-actions' }, show, note);
  solution.before(offer);
  const codeNow = () => root.querySelector<HTMLTextAreaElement>('textarea')?.value ?? current().exercises[id]?.code;
  // The change itself loads on intent: it is not needed to show the page.
  const seen = async () => {
    const { markSolutionSeen } = await lazy(() => import('../../lib/progress/exercises'));
    return update((s) => markSolutionSeen(s, id, codeNow() ?? '')).ok;
  };
  show.addEventListener('click', async () => {
    if (!(await seen().catch(() => false))) return;
    solution.open = true;
    solution.querySelector('summary')?.focus();
  });
  solution.addEventListener('toggle', () => {
    if (solution.open && !current().exercises[id]?.solutionSeen) void seen().catch(() => false);
  });

  subscribe((state) => {
    const entry = state.exercises[id];
    solution.hidden = !entry;
    offer.hidden = Boolean(entry);
    if (stateLine) {
      stateLine.setAttribute(STATUS, exerciseStatusOf(state, id));
      stateLine.textContent = exerciseStateText(state, id);
    }
  });
  // Coming back to an exercise: the code last checked is put back in the editor (Edit would
  // only open it, so it is not offered meanwhile).
  if (current().exercises[id]) {
    controls.edit.hidden = true;
    void open().then(
      (s) => s.restore(),
      () => {
        controls.edit.hidden = false;
      },
    );
  }
}
