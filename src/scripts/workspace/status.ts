/**
 * Statuses on the page: every `ITEM` (src/lib/hooks/workspace.ts) shows its item's status as text (never colour alone),
 * the controls that set it are created here (they do not exist without JavaScript), and the
 * meters count. Each control shows only what is stored: see store.ts.
 */

import { read, sel } from '../../lib/hooks';
import {
  COMPACT,
  DONE_SLOT,
  IDS,
  ITEM,
  LABEL,
  METER,
  NOUN,
  QUIZ_LABEL,
  STATUS,
  STATUS_LABEL,
  STATUS_SLOT,
  TITLE,
  WHEN_PROGRESS,
} from '../../lib/hooks/workspace';
import {
  countStatus,
  hasProgress,
  type ProgressState,
  quizSummary,
  STATUS_LABELS,
  STATUSES,
  type Status,
  setStatus,
  statusOf,
} from '../../lib/progress/model';
import { all, h } from '../dom';
import { acted } from '../notice';
import { current, subscribe, update } from './store';

let live: HTMLElement | undefined;
/** Announces a change the learner made, with the new count, politely. */
function announce(text: string): void {
  if (live) live.textContent = text;
}

function change(id: string, title: string, status: Status, control: Element): void {
  // A change that cannot be stored is reported beside the control that made it (alerts.ts).
  acted.control = control;
  if (!update((state) => setStatus(state, id, status)).ok) return;
  acted.control = undefined;
  const meter = document.querySelector<HTMLElement>(sel(METER));
  announce(`${title}: ${STATUS_LABELS[status]}.${meter ? ` ${meter.dataset['text'] ?? ''}` : ''}`);
}

/** The one-click "done" toggle beside a topic on the home and level pages, and in a lesson's bar. */
function doneToggle(slot: HTMLElement, id: string, title: string, compact: boolean): void {
  const button = h(
    'button',
    {
      type: 'button',
      class: compact ? 'done-button compact' : 'done-button',
      'aria-pressed': 'false',
      title: compact ? 'Mark as done' : undefined,
    },
    h('span', { class: 'check', 'aria-hidden': 'true' }),
    h('span', { class: compact ? 'sr-only' : undefined }, read(slot, LABEL) || `Mark “${title}” as done`),
  );
  button.addEventListener('click', () =>
    change(id, title, statusOf(current(), id) === 'done' ? 'not-started' : 'done', button),
  );
  slot.append(button);
}

/** The "Status" radio group of a topic or project page. */
function statusGroup(slot: HTMLElement, id: string, title: string): void {
  const group = h(
    'fieldset',
    { class: 'status-group' },
    h('legend', {}, 'Status', h('span', { class: 'quiz-label', [QUIZ_LABEL]: '' })),
  );
  for (const status of STATUSES) {
    const input = h('input', { type: 'radio', name: `status-${id}`, value: status });
    input.addEventListener('change', () => {
      if (input.checked) change(id, title, status, input);
    });
    group.append(h('label', { class: `status-option is-${status}` }, input, h('span', {}, STATUS_LABELS[status])));
  }
  slot.append(group);
}

function meter(slot: HTMLElement): void {
  const ids = read(slot, IDS).split(' ').filter(Boolean);
  slot.append(
    h('span', { class: 'meter-text' }),
    h('progress', { max: String(ids.length), value: '0', 'aria-label': read(slot, LABEL) || 'Progress' }),
  );
}

function render(state: ProgressState): void {
  for (const el of all(sel(ITEM))) {
    const status = statusOf(state, read(el, ITEM));
    el.setAttribute(STATUS, status);
    for (const label of all(sel(STATUS_LABEL), el)) label.textContent = STATUS_LABELS[status];
    const quiz = quizSummary(state, read(el, ITEM));
    for (const label of all(sel(QUIZ_LABEL), el)) label.textContent = quiz ? `Self-check: ${quiz}` : '';
    for (const button of all('.done-button', el)) button.setAttribute('aria-pressed', String(status === 'done'));
    for (const input of all<HTMLInputElement>('.status-group input', el)) input.checked = input.value === status;
  }
  // Home's "Your progress" strip appears once there is progress; until then, one line says what it will hold.
  const some = hasProgress(state);
  for (const el of all(sel(WHEN_PROGRESS))) el.hidden = (read(el, WHEN_PROGRESS) === 'none') === some;
  for (const el of all(sel(METER))) {
    const ids = read(el, IDS).split(' ').filter(Boolean);
    const done = countStatus(state, ids);
    const skipped = countStatus(state, ids, 'skipped');
    const text = `${done} of ${ids.length} ${read(el, NOUN) || 'topics'} done${skipped ? `, ${skipped} skipped` : ''}`;
    el.dataset['text'] = text;
    const textEl = el.querySelector('.meter-text');
    if (textEl) textEl.textContent = text;
    el.querySelector('progress')?.setAttribute('value', String(done));
  }
}

/** Creates the controls, then keeps every status on the page in step with the store. */
export function startStatus(): void {
  // The live region exists before anything is announced, so the first change is heard too.
  live = document.body.appendChild(h('div', { class: 'sr-only', 'aria-live': 'polite' }));
  for (const slot of all(sel(DONE_SLOT)))
    doneToggle(slot, read(slot, DONE_SLOT), read(slot, TITLE), slot.hasAttribute(COMPACT));
  for (const slot of all(sel(STATUS_SLOT))) statusGroup(slot, read(slot, STATUS_SLOT), read(slot, TITLE));
  for (const slot of all(sel(METER))) meter(slot);
  subscribe(render);
}
