/**
 * The workspace on any page that has one: loads the stored state, shows statuses and creates
 * the controls. What is used less often (export and import, notes, the pace planner, "continue")
 * loads when it comes near the viewport.
 */
import { hasProgress, setLast } from '../../lib/progress/model';
import { all, whenNear } from '../dom';
import { startStatus } from './status';
import { current, load, reload, save } from './store';

load();
startStatus();
// "Continue" has nothing to say to a first-time visitor: its code loads only when there is progress.
for (const slot of all('[data-continue-slot]'))
  if (hasProgress(current())) void import('./continue').then((m) => m.startContinue(slot));

// "Where was I?": recorded when the page is shown, not when the browser prerenders it on hover.
const page = document.querySelector<HTMLElement>('[data-page-item]');
const recordVisit = () => page && save(setLast(current(), page.dataset['pageItem'] ?? ''), { quiet: true });
if ('prerendering' in document && document.prerendering)
  document.addEventListener(
    'prerenderingchange',
    () => {
      reload();
      recordVisit();
    },
    { once: true },
  );
else recordVisit();

for (const slot of all('[data-tools-slot]'))
  whenNear(slot, () => void import('./tools').then((m) => m.startTools(slot)));
for (const slot of all('[data-notes-slot]'))
  whenNear(slot, () => void import('./notes').then((m) => m.startNotes(slot)));
for (const slot of all('[data-planner-slot]'))
  whenNear(slot, () => void import('./planner').then((m) => m.startPlanner(slot)));
for (const section of all('[data-quiz]'))
  whenNear(section, () => void import('../practice/quiz').then((m) => m.startQuiz(section)));
// Printing shows notes even when the learner never scrolled to them, and every question open.
addEventListener('beforeprint', () => {
  for (const el of all('[data-notes-print]'))
    el.textContent = current().notes[el.dataset['notesPrint'] ?? '']?.text ?? '';
  for (const el of all<HTMLDetailsElement>('.check-yourself details')) el.open = true;
});
