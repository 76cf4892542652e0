/**
 * "Continue" on the home page, once the learner has progress: the page they were last on and
 * the next topic that is neither done nor skipped.
 */
import { hasProgress, type ProgressState } from '../../lib/progress/model';
import { continuePoint } from '../../lib/progress/workspace';
import { h } from '../dom';
import { roadmapItems } from './data';
import { subscribe } from './store';

function render(slot: HTMLElement, state: ProgressState): void {
  const items = roadmapItems();
  const byId = new Map(items.map((i) => [i.id, i]));
  const { last, next } = continuePoint(
    state,
    items.filter((i) => i.kind === 'topic' || i.id === state.last?.id).map((i) => i.id),
  );
  const link = (id: string | undefined, lead: string) => {
    const item = id ? byId.get(id) : undefined;
    return item ? [h('li', {}, `${lead}: `, h('a', { href: item.url }, item.title), ` (${item.levelTitle})`)] : [];
  };
  const rows = hasProgress(state)
    ? [...link(last, 'Where you were'), ...(next !== last ? link(next, 'Next up') : [])]
    : [];
  slot.hidden = rows.length === 0;
  slot.replaceChildren(...(rows.length ? [h('h2', {}, 'Continue'), h('ul', {}, ...rows)] : []));
}

export function startContinue(slot: HTMLElement): void {
  subscribe((state) => render(slot, state));
}
