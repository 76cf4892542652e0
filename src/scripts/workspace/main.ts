/**
 * The workspace on any page that has one: loads the stored state, shows statuses and creates
 * the controls. What is used less often (export and import, notes, the pace planner, "continue")
 * loads when it comes near the viewport.
 */
import { hasProgress, setLast } from '../../lib/progress/model';
import { all, whenNear } from '../dom';
import { startStatus } from './status';
import { current, load, reload, save } from './store';

/** "Where was I?": recorded when the page is shown, not when the browser prerenders it on hover. */
function recordVisit(): void {
  const page = document.querySelector<HTMLElement>('[data-page-item]');
  if (page) save(setLast(current(), page.dataset['pageItem'] ?? ''), { quiet: true });
}

// Controls start only once stored data is read (and, if needed, migrated or set aside), so
// nothing is saved over data that has not been read yet.
void load().then(() => {
  startStatus();
  // "Continue" has nothing to say to a first-time visitor: its code loads only when there is progress.
  for (const slot of all('[data-continue-slot]'))
    if (hasProgress(current())) void import('./continue').then((m) => m.startContinue(slot));
  if ('prerendering' in document && document.prerendering)
    document.addEventListener('prerenderingchange', () => void reload().then(recordVisit), { once: true });
  else recordVisit();
  // Parts used less often load as they come near the viewport.
  const lazy: [string, () => Promise<{ start: (el: HTMLElement) => void }>][] = [
    ['[data-tools-slot]', () => import('./tools')],
    ['[data-notes-slot]', () => import('./notes')],
    ['[data-planner-slot]', () => import('./planner')],
    ['[data-quiz]', () => import('../practice/quiz')],
    ['[data-share-slot]', () => import('../reach/share-slot')],
  ];
  for (const [selector, load] of lazy)
    for (const el of all(selector)) whenNear(el, () => void load().then((m) => m.start(el)));
});

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
