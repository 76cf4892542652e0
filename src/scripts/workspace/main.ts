/**
 * The workspace on any page that has one: loads the stored state, shows statuses and creates
 * the controls. What is used less often (export and import, notes, the pace planner, "continue",
 * the self-check) loads when it comes near the viewport.
 */

import { EXPORT_FILE_NAME, exportProgress } from '../../lib/progress/export';
import { hasProgress, setLast } from '../../lib/progress/model';
import { startDataSafety } from '../data/gate';
import { all, whenNear } from '../dom';
import { download } from '../download';
import { lazy, showNotice } from '../notice';
import { startStatus } from './status';
import { current, load, store, update } from './store';

/** "Where was I?": recorded when the page is shown, not when the browser prerenders it on hover. */
function recordVisit(): void {
  const id = document.querySelector<HTMLElement>('[data-page-item]')?.dataset['pageItem'];
  if (id) update((state) => setLast(state, id), { quiet: true });
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
      ),
  );
});
// Controls start only once stored data is read (and, if needed, migrated or set aside), so
// nothing is saved over data that has not been read yet.
// If the recovery code cannot load (an old page after a deployment), nothing starts: lazy() has said why.
void load().then(
  () => {
    startStatus();
    // "Continue" has nothing to say to a first-time visitor: its code loads only when there is progress.
    for (const slot of all('[data-continue-slot]'))
      if (hasProgress(current()))
        void lazy(() => import('./continue'))
          .then((m) => m.startContinue(slot))
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
    const parts: [string, () => Promise<{ start: (el: HTMLElement) => void }>][] = [
      ['[data-tools-slot]', () => import('./tools')],
      ['[data-tools-slot]', () => import('../data/slot')],
      ['[data-privacy]', () => import('../privacy/data-list')],
      ['[data-notes-slot]', () => import('./notes')],
      ['[data-planner-slot]', () => import('./planner')],
      ['[data-quiz]', () => import('../practice/quiz')],
      ['[data-share-slot]', () => import('../reach/share-slot')],
    ];
    for (const [selector, load] of parts)
      for (const el of all(selector))
        whenNear(
          el,
          () =>
            void lazy(load).then(
              (m) => m.start(el),
              () => undefined,
            ),
        );
  },
  () => undefined,
);

// Printing shows notes even when the learner never scrolled to them, and every question and
// answer open (answers the quiz keeps hidden until asked are hidden again after printing).
let hiddenAnswers: HTMLElement[] = [];
addEventListener('beforeprint', () => {
  for (const el of all('[data-notes-print]'))
    el.textContent = current().notes[el.dataset['notesPrint'] ?? '']?.text ?? '';
  hiddenAnswers = all('.check-yourself details.answer[hidden]');
  for (const el of hiddenAnswers) el.hidden = false;
  for (const el of all<HTMLDetailsElement>('.check-yourself details')) el.open = true;
});
addEventListener('afterprint', () => {
  for (const el of hiddenAnswers) el.hidden = true;
});
