/**
 * Statuses on the page: every `[data-item]` shows its item's status as text (never colour alone),
 * the controls that set it are created here (they do not exist without JavaScript), and the
 * meters count. Each control shows only what is stored: see store.ts.
 */
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
  const meter = document.querySelector<HTMLElement>('[data-meter]');
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
    h('span', { class: compact ? 'sr-only' : undefined }, slot.dataset['label'] ?? `Mark “${title}” as done`),
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
    h('legend', {}, 'Status', h('span', { class: 'quiz-label', 'data-quiz-label': '' })),
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
  const ids = (slot.dataset['ids'] ?? '').split(' ').filter(Boolean);
  slot.append(
    h('span', { class: 'meter-text' }),
    h('progress', { max: String(ids.length), value: '0', 'aria-label': slot.dataset['label'] ?? 'Progress' }),
  );
}

function render(state: ProgressState): void {
  for (const el of all('[data-item]')) {
    const status = statusOf(state, el.dataset['item'] ?? '');
    el.dataset['status'] = status;
    for (const label of all('[data-status-label]', el)) label.textContent = STATUS_LABELS[status];
    const quiz = quizSummary(state, el.dataset['item'] ?? '');
    for (const label of all('[data-quiz-label]', el)) label.textContent = quiz ? `Self-check: ${quiz}` : '';
    for (const button of all('.done-button', el)) button.setAttribute('aria-pressed', String(status === 'done'));
    for (const input of all<HTMLInputElement>('.status-group input', el)) input.checked = input.value === status;
  }
  // Home's "Your progress" strip appears once there is progress; until then, one line says what it will hold.
  const some = hasProgress(state);
  for (const el of all('[data-when-progress]')) el.hidden = (el.dataset['whenProgress'] === 'none') === some;
  for (const el of all('[data-meter]')) {
    const ids = (el.dataset['ids'] ?? '').split(' ').filter(Boolean);
    const done = countStatus(state, ids);
    const skipped = countStatus(state, ids, 'skipped');
    const text = `${done} of ${ids.length} ${el.dataset['noun'] ?? 'topics'} done${skipped ? `, ${skipped} skipped` : ''}`;
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
  for (const slot of all('[data-done-slot]'))
    doneToggle(slot, slot.dataset['doneSlot'] ?? '', slot.dataset['title'] ?? '', slot.hasAttribute('data-compact'));
  for (const slot of all('[data-status-slot]'))
    statusGroup(slot, slot.dataset['statusSlot'] ?? '', slot.dataset['title'] ?? '');
  for (const slot of all('[data-meter]')) meter(slot);
  subscribe(render);
}
