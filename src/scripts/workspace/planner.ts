/**
 * The pace planner on the home page: weekly hours in, projected finish dates out, worded as a
 * guide. Loaded when it comes near the viewport. The arithmetic is src/lib/plan.ts.
 */
import { formatDate, formatRange, planPace } from '../../lib/plan';
import { HOURS_MAX, HOURS_MIN, type ProgressState } from '../../lib/progress/model';
import { setHoursPerWeek } from '../../lib/progress/workspace';
import { h } from '../dom';
import { acted } from '../notice';
import { roadmapItems } from './data';
import { current, subscribe, update } from './store';

export function start(slot: HTMLElement): void {
  const topics = roadmapItems().filter((i) => i.kind === 'topic');
  const titles = new Map(topics.map((t) => [t.level, t.levelTitle]));
  const input = h('input', {
    id: 'plan-hours',
    class: 'field',
    type: 'number',
    min: String(HOURS_MIN),
    max: String(HOURS_MAX),
    step: '1',
    inputmode: 'numeric',
  });
  // The projection is a region of its own; only the one-line total is announced on a change.
  const output = h('div', { class: 'plan-output' });
  const summary = h('p', { class: 'plan-summary', role: 'status' });
  slot.replaceChildren(
    h('h3', {}, 'Plan your pace'),
    h(
      'p',
      { class: 'muted' },
      'A guide, not a target: estimates are ranges because people learn at different speeds. Topics you mark done or skipped drop out; one in progress counts as half done.',
    ),
    h('p', { class: 'plan-row' }, h('label', { for: 'plan-hours' }, 'Hours I can study per week'), input),
    output,
    summary,
  );

  // Said when what was typed is outside 1-80 h and the planner uses the nearest allowed value.
  let clamped = '';
  const render = (state: ProgressState) => {
    const hours = state.hoursPerWeek;
    if (document.activeElement !== input) input.value = hours ? String(hours) : '';
    if (!hours) {
      output.replaceChildren();
      summary.textContent = 'Enter your weekly hours to see when you could finish each level.';
      return;
    }
    const plans = planPace(
      topics.map((t) => ({ id: t.id, group: t.level, hours: t.hours })),
      state,
      hours,
    );
    const rows = plans.map((p) =>
      h(
        'li',
        {},
        h('strong', {}, titles.get(p.group) ?? p.group),
        p.finish
          ? `: ${formatRange(p.left)} left, done between ${formatDate(p.finish.earliest)} and ${formatDate(p.finish.latest)}`
          : ': nothing left. Well done.',
      ),
    );
    const last = plans.at(-1)?.finish;
    output.replaceChildren(h('ul', {}, ...rows));
    summary.textContent = `${clamped}${
      last
        ? `The whole roadmap, at ${hours} h a week: around ${formatDate(last.earliest)} to ${formatDate(last.latest)}.`
        : 'You have finished the whole roadmap.'
    }`;
  };

  // The value last given to the store: leaving the field (change) after the pause has saved it
  // (input) does not save it again, nor report the same failure a second time.
  let attempted: string | undefined;
  const save = () => {
    if (input.value === attempted) return;
    attempted = input.value;
    const value = Number(input.value);
    const hours =
      input.value === '' || !(value > 0) ? undefined : Math.max(HOURS_MIN, Math.min(HOURS_MAX, Math.round(value)));
    clamped =
      hours !== undefined && value > HOURS_MAX
        ? `The planner counts at most ${HOURS_MAX} h a week. `
        : hours !== undefined && value < HOURS_MIN
          ? `The planner counts at least ${HOURS_MIN} h a week. `
          : '';
    // Hours that cannot be stored are reported beside this field (alerts.ts), not at the top of the page.
    acted.control = input;
    if (update((state) => setHoursPerWeek(state, hours)).ok) acted.control = undefined;
    render(current());
  };
  // The plan follows the typing (a phone's number pad may have no Enter key), after a short pause.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  });
  input.addEventListener('change', () => {
    clearTimeout(timer);
    save();
    // Show what is stored (rounded, within 1-80), once the learner is done typing.
    const stored = current().hoursPerWeek;
    input.value = stored ? String(stored) : '';
    attempted = input.value;
  });
  subscribe(render);
}
