/**
 * The learner's exercise statuses wherever exercises are listed (a topic's "Exercises", the
 * /exercises/ page, the home map, the level pages): each item's status in words, the counts, and
 * on /exercises/ a filter by status. Loaded by the workspace script when a list comes near, once
 * the learner has tried an exercise (before that every status is "not started"); nothing of it
 * is in the HTML.
 */

import { read, sel } from '../../lib/hooks';
import {
  EXERCISE_COUNTS,
  EXERCISE_FILTER,
  EXERCISE_GROUP,
  EXERCISE_ID,
  EXERCISE_STATUS_TEXT,
} from '../../lib/hooks/exercise-list';
import { IDS, STATUS } from '../../lib/hooks/workspace';
import {
  describeExerciseCounts,
  EXERCISE_LABELS,
  type ExerciseProgress,
  exerciseCounts,
  exerciseStatusOf,
} from '../../lib/progress/exercises';
import type { ProgressState } from '../../lib/progress/model';
import { all, h } from '../dom';
import { subscribe } from '../workspace/store';

type Filter = ExerciseProgress | 'all';
const FILTERS: readonly [Filter, string][] = [
  ['all', 'All'],
  ['not-started', EXERCISE_LABELS['not-started']],
  ['attempted', EXERCISE_LABELS.attempted],
  ['solved', EXERCISE_LABELS.solved],
];

function filterControl(slot: HTMLElement, apply: () => void): () => Filter {
  let value: Filter = 'all';
  const legend = h('legend', {}, 'Show exercises');
  const options = FILTERS.map(([key, label]) => {
    const input = h('input', { type: 'radio', name: 'exercise-filter', value: key, checked: key === 'all' });
    input.addEventListener('change', () => {
      value = key;
      apply();
    });
    return h('label', {}, input, ` ${label}`);
  });
  const shown = h('p', { class: 'muted', role: 'status' });
  slot.append(h('fieldset', { class: 'exercise-filter' }, legend, ...options), shown);
  return () => value;
}

export function start(root: HTMLElement): void {
  const items = all(sel(EXERCISE_ID), root);
  const counts = all(sel(EXERCISE_COUNTS), root);
  const slot = root.querySelector<HTMLElement>(sel(EXERCISE_FILTER));
  let state: ProgressState | undefined;
  let filter: (() => Filter) | undefined;

  const apply = () => {
    if (!state) return;
    const wanted = filter?.() ?? 'all';
    let visible = 0;
    for (const item of items) {
      const status = exerciseStatusOf(state, read(item, EXERCISE_ID));
      item.setAttribute(STATUS, status);
      const text = item.querySelector<HTMLElement>(sel(EXERCISE_STATUS_TEXT));
      if (text) text.textContent = status === 'not-started' ? '' : EXERCISE_LABELS[status];
      item.hidden = wanted !== 'all' && wanted !== status;
      if (!item.hidden) visible += 1;
    }
    for (const group of all(sel(EXERCISE_GROUP), root))
      group.hidden = all(sel(EXERCISE_ID), group).every((item) => item.hidden);
    for (const count of counts)
      count.textContent = describeExerciseCounts(exerciseCounts(state, read(count, IDS).split(' ')));
    const shown = slot?.querySelector('[role="status"]');
    if (shown) shown.textContent = wanted === 'all' ? '' : `${visible} of ${items.length} exercises shown.`;
  };
  if (slot) filter = filterControl(slot, apply);
  subscribe((next) => {
    state = next;
    apply();
  });
}
