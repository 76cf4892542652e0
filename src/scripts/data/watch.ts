/**
 * Keeping the learner's data, started on every page with a workspace (src/scripts/workspace/main.ts):
 * after the learner's first change the browser is asked to keep the site's storage (persist.ts),
 * the time of the first change since the last export is noted, exports are noted when any part
 * of the page announces one (EXPORTED_EVENT on `document`), and on the home and topic pages a
 * quiet backup reminder is shown when it is due (reminder.ts).
 */
import { EXPORTED_EVENT, markChanged, markExported, shouldRemind } from '../../lib/progress/reminder';
import { lazy } from '../notice';

/** Kept here, not imported, so fflate stays out of this start-up module. */
const TRANSFER_PREFIX = '#transfer=';

import { subscribe } from '../workspace/store';
import { changeMeta, readMeta } from './meta';

export function start(): void {
  document.addEventListener(EXPORTED_EVENT, () => changeMeta(markExported));
  // What the learner changed: everything but the page the site records by itself.
  let before: string | undefined;
  let asked = false;
  subscribe(({ last: _last, ...state }) => {
    const now = JSON.stringify(state);
    if (before !== undefined && now !== before) {
      changeMeta(markChanged);
      if (!asked) {
        asked = true;
        void import('./persist').then(
          (m) => m.askToPersist(),
          () => undefined,
        );
      }
    }
    before = now;
  });
  const receive = () => {
    if (location.hash.startsWith(TRANSFER_PREFIX))
      void lazy(() => import('./transfer-receive')).then(
        (m) => m.receive(),
        () => undefined,
      );
  };
  // A link opened on a page of this site that is already open changes only the fragment.
  addEventListener('hashchange', receive);
  if (location.hash.startsWith(TRANSFER_PREFIX)) receive();
  else if (document.querySelector('[data-page-item], [data-tools-slot]') && shouldRemind(readMeta(), Date.now()))
    void lazy(() => import('./reminder')).then(
      (m) => m.showReminder(),
      () => undefined,
    );
}
