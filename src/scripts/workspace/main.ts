/**
 * The workspace on any page that has one: loads the stored state, shows statuses and creates
 * the controls. What is used less often (export and import, notes, the pace planner, "continue",
 * the self-check) loads when it comes near the viewport.
 */

import { type Hook, read, sel } from '../../lib/hooks';
import {
  CONTINUE_SLOT,
  EXERCISE,
  EXERCISE_LIST,
  NOTES_PRINT,
  NOTES_SLOT,
  PAGE_ITEM,
  PLANNER_SLOT,
  PRIVACY,
  QUIZ,
  SHARE_SLOT,
  TOOLS_SLOT,
  TOPIC_NAV,
} from '../../lib/hooks/workspace';
import { EXPORT_FILE_NAME, exportProgress } from '../../lib/progress/export';
import { hasProgress, setLast } from '../../lib/progress/model';
import { startDataSafety } from '../data/gate';
import { all, whenNear } from '../dom';
import { download } from '../download';
import { lazy, showNotice } from '../notice';
import { printAnswerKey, restoreAnswers } from './print';
import { startStatus } from './status';
import { current, load, storageBlocked, store, update } from './store';

/** "Where was I?": recorded when the page is shown, not when the browser prerenders it on hover. */
function recordVisit(): void {
  const id = document.querySelector(sel(PAGE_ITEM))?.getAttribute(PAGE_ITEM);
  if (id) update((state) => setLast(state, id), { quiet: true });
}

// A link to a place on the page (`/#intermediate`) lands there even though the controls
// created above it change its height: unless the reader has moved, the target is scrolled to again.
let moved = false;
for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'])
  addEventListener(type, () => (moved = true), { once: true, passive: true });
function landOnTarget(): void {
  // Decoded here rather than with src/lib/toc-spy.ts's hashId: importing that module would split it
  // into one more start-up file. A malformed escape is taken as written.
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // keep it as written
  }
  const target = id ? document.getElementById(id) : null;
  // Instant: a smooth scroll (the site's default) would be overtaken by the next part that loads.
  if (target && !moved) target.scrollIntoView({ behavior: 'instant' });
}

// The alerts listen before anything is read, so a problem found while loading is reported. Their
// words load with the first event; a page too old to load them still says what matters.
store.listen((event) => {
  void import('./alerts').then(
    (alerts) => alerts.showEvent(event),
    () =>
      event.type !== 'unlocked' &&
      event.type !== 'pending-saved' &&
      showNotice(
        'Something about your saved progress needs your attention, but this page is out of date: the site has been updated since you opened it. Export your progress to keep every change, then reload.',
        [
          ['Export progress', () => download(EXPORT_FILE_NAME, exportProgress(store.wanted))],
          ['Reload', () => location.reload()],
        ],
        'fallback',
      ),
  );
});
// Controls start only once stored data is read (and, if needed, migrated or set aside), so
// nothing is saved over data that has not been read yet.
// If the recovery code cannot load (an old page after a deployment), nothing starts: lazy() has said why.
void load().then(
  () => {
    startStatus();
    // Said once, on load, before the learner changes anything (the words load only then).
    if (storageBlocked())
      void import('./alerts').then(
        (m) => m.showBlocked(),
        () => undefined,
      );
    landOnTarget();
    // "Continue" has nothing to say to a first-time visitor: its code loads only when there is progress.
    for (const slot of all(sel(CONTINUE_SLOT)))
      if (hasProgress(current()))
        void lazy(() => import('./continue'))
          .then((m) => {
            m.startContinue(slot);
            landOnTarget();
          })
          .catch(() => undefined);
    if ('prerendering' in document && document.prerendering)
      document.addEventListener(
        'prerenderingchange',
        () => {
          store.refresh();
          recordVisit();
        },
        { once: true },
      );
    else recordVisit();
    startDataSafety();
    // Parts used less often load as they come near the viewport.
    const parts: [Hook, () => Promise<{ start: (el: HTMLElement) => void }>][] = [
      [TOOLS_SLOT, () => import('./tools')],
      [TOOLS_SLOT, () => import('../data/slot')],
      [PRIVACY, () => import('../privacy/data-list')],
      [NOTES_SLOT, () => import('./notes')],
      [PLANNER_SLOT, () => import('./planner')],
      [QUIZ, () => import('../practice/quiz')],
      [TOPIC_NAV, () => import('../lesson/topic-nav')],
      [SHARE_SLOT, () => import('../reach/share-slot')],
      [EXERCISE, () => import('../exercises/exercise')],
    ];
    // Exercise statuses, counts and the status filter say nothing until an exercise is tried.
    if (Object.keys(current().exercises).length > 0) parts.push([EXERCISE_LIST, () => import('../exercises/statuses')]);
    for (const [name, load] of parts)
      for (const el of all(sel(name)))
        whenNear(
          el,
          () =>
            void lazy(load).then(
              (m) => {
                m.start(el);
                // A part above a linked heading changes its place: land on it again.
                landOnTarget();
              },
              () => undefined,
            ),
        );
  },
  () => undefined,
);

// Printing shows notes even when the learner never scrolled to them, every question open, and
// the answers in a key after the last question (put back after printing).
addEventListener('beforeprint', () => {
  for (const el of all(sel(NOTES_PRINT))) el.textContent = current().notes[read(el, NOTES_PRINT)]?.text ?? '';
  printAnswerKey();
});
addEventListener('afterprint', restoreAnswers);
