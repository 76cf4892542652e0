/**
 * What every workspace page starts with for keeping the learner's data, kept to a few lines:
 * exports are noted whenever any part of the page announces one (EXPORTED_EVENT), and watch.ts
 * (persistent storage, the reminder, a transfer link being opened) loads only when there is
 * something for it to do: a transfer link, a change not yet exported, or the learner's first change.
 */
import { EXPORTED_EVENT, metaKey, TRANSFER_PREFIX } from '../../lib/progress/data-names';
import { safeGet } from '../../lib/progress/storage';
import { storage, subscribe } from '../workspace/store';

const watch = () => import('./watch');

export function startDataSafety(): void {
  document.addEventListener(
    EXPORTED_EVENT,
    () =>
      void watch().then(
        (m) => m.exported(),
        () => undefined,
      ),
  );
  let started = false;
  const start = (changed: boolean) => {
    if (started) return;
    started = true;
    void watch().then(
      (m) => m.start(changed),
      () => undefined,
    );
  };
  if (
    location.hash.startsWith(TRANSFER_PREFIX) ||
    safeGet(storage, metaKey(import.meta.env.BASE_URL))?.includes('changedAt')
  )
    start(false);
  // What the learner changed: everything but the page the site records by itself.
  let before: string | undefined;
  subscribe(({ last: _last, ...state }) => {
    const now = JSON.stringify(state);
    if (before !== undefined && now !== before) start(true);
    before = now;
  });
}
