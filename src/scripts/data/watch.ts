/**
 * Keeping the learner's data, loaded by gate.ts when there is something to do: after the
 * learner's first change the browser is asked to keep the site's storage (persist.ts) and the
 * first change since the last export is noted; on the home and topic pages a quiet backup
 * reminder is shown when it is due (reminder.ts); a transfer link being opened is received.
 */

import { sel } from '../../lib/hooks';
import { CONTINUE_SLOT, PAGE_ITEM } from '../../lib/hooks/workspace';
import { TRANSFER_PREFIX } from '../../lib/progress/data-names';
import { markChanged, markExported, shouldRemind } from '../../lib/progress/reminder';
import { lazy } from '../notice';
import { subscribe } from '../workspace/store';
import { changeMeta, readMeta } from './meta';

/** The reminder shows on topic pages (`PAGE_ITEM`) and home (its "Continue" slot), not on level pages. */
const REMINDER_PAGES = `${sel(PAGE_ITEM)}, ${sel(CONTINUE_SLOT)}`;

export const exported = (): void => changeMeta(markExported);

function receive(): void {
  if (location.hash.startsWith(TRANSFER_PREFIX))
    void lazy(() => import('./transfer-receive')).then(
      (m) => m.receive(),
      () => undefined,
    );
}

function changed(): void {
  changeMeta(markChanged);
  void import('./persist').then(
    (m) => m.askToPersist(),
    () => undefined,
  );
}

/** `first`: loaded because of the learner's first change on this page. */
export function start(first: boolean): void {
  let asked = first;
  if (first) changed();
  let before: string | undefined;
  subscribe(({ last: _last, ...state }) => {
    const now = JSON.stringify(state);
    if (before !== undefined && now !== before) {
      changeMeta(markChanged);
      if (!asked) {
        asked = true;
        changed();
      }
    }
    before = now;
  });
  // A link opened on a page of this site that is already open changes only the fragment.
  addEventListener('hashchange', receive);
  if (location.hash.startsWith(TRANSFER_PREFIX)) receive();
  else if (document.querySelector(REMINDER_PAGES) && shouldRemind(readMeta(), Date.now()))
    void lazy(() => import('./reminder')).then(
      (m) => m.showReminder(),
      () => undefined,
    );
}
