/**
 * What the learner is told about their saved data: the store's events (src/lib/progress/store.ts)
 * as one alert at the top of the page. Events are rare, so this loads with the first one
 * (main.ts); if it cannot load (a page left open across a deployment), main.ts says so itself.
 */
import { EXPORT_FILE_NAME, exportProgress, UNREADABLE_FILE_NAME } from '../../lib/progress/export';
import type { Lock, StoreEvent } from '../../lib/progress/store';
import { download } from '../download';
import { type Action, acted, clearNotice, lazy, showNotice } from '../notice';
import { store } from './store';

const FAILURE = {
  full: 'this browser’s storage for this site is full',
  blocked: 'this browser does not let this site store anything (private browsing or blocked site data)',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const exportWanted: Action = [
  'Export progress with these changes',
  () => download(EXPORT_FILE_NAME, exportProgress(store.wanted)),
];

function downloadRaw(raw: string): void {
  download(UNREADABLE_FILE_NAME, raw);
}

const reload: Action = ['Reload', () => location.reload()];
const discard: Action = [
  'Discard it and start fresh',
  () => {
    if (confirm('Discard the saved progress this page cannot read? Changes you make here will replace it.'))
      store.release();
  },
];

function lockNotice(lock: Lock, unsaved = 0): void {
  const kept = 'It has been left exactly as it was, and nothing on this page is saved over it';
  const waiting =
    unsaved > 0
      ? ` ${plural(unsaved, 'change', 'changes')} you made here ${unsaved === 1 ? 'is' : 'are'} kept on this page until then.`
      : '';
  if (lock.cause === 'unreadable') {
    showNotice(
      `Your saved progress could not be read (${lock.reason}), and there was no room to keep a backup. ${kept} until you download it or discard it.${waiting}`,
      [
        [
          'Download the unreadable data',
          () => {
            downloadRaw(lock.raw);
            store.release();
          },
        ],
        discard,
      ],
      'lock',
    );
    return;
  }
  const text =
    lock.cause === 'newer'
      ? `Your saved progress comes from a newer version of this site, which this page cannot read. ${kept}. Reload to get the newer version.`
      : `Another tab runs a newer version of this site and saved progress this page cannot read. ${kept}: reload this page to get the newer version.`;
  showNotice(
    `${text}${waiting}`,
    [reload, ['Download the saved data', () => downloadRaw(lock.raw)], ...(lock.cause === 'newer' ? [discard] : [])],
    'lock',
  );
}

function setAside(event: Extract<StoreEvent, { type: 'set-aside' }>): void {
  const text = event.reason
    ? `Your saved progress could not be read (${event.reason}). It has been set aside in this browser as a backup; you can download it, and start fresh here.`
    : `${plural(event.problems.length, 'saved entry', 'saved entries')} could not be read and ${event.problems.length === 1 ? 'was' : 'were'} left out (${event.problems.join(', ')}); everything else was kept, and the original is kept as a backup.`;
  showNotice(text, [
    [
      'Download the unreadable data',
      () =>
        void lazy(() => import('./tools'))
          .then((t) => t.downloadBackups(event.raw))
          .catch(() => downloadRaw(event.raw)),
    ],
  ]);
}

/**
 * Shows an alert about a change beside the control the learner used (an end-of-lesson "Mark as
 * done" is 19,000 px below the top of the page; a quiz answer or the planner's hours far below it), or where the alert it replaces was; Dismiss
 * then returns focus to that control. Without either, it stays at the top.
 */
function showBeside(text: string, actions: readonly Action[], kind: string): void {
  const previous = document.querySelector('.workspace-notice:not(.container)');
  const mark = document.createComment('');
  previous?.before(mark);
  showNotice(text, actions, kind);
  const notice = document.querySelector<HTMLElement>(`.workspace-notice[data-notice="${kind}"]`);
  const control = acted.control?.isConnected ? acted.control : undefined;
  acted.control = undefined;
  // The block the control is part of: a quiz's buttons, the lesson bar, a list item, a paragraph, a group.
  const block = control?.closest('.quiz-actions, .lesson-bar, li, p, fieldset');
  if (notice && block?.tagName === 'LI') block.append(notice);
  else if (notice && block?.matches('.lesson-bar')) block.prepend(notice);
  else if (notice && block) block.after(notice);
  else if (notice && mark.isConnected) mark.replaceWith(notice);
  mark.remove();
  if (!notice || notice.parentElement?.tagName === 'MAIN') return;
  notice.classList.remove('container');
  if (control instanceof HTMLElement)
    notice.lastElementChild?.addEventListener('click', () => control.focus(), { once: true });
}

/** On load, when this browser lets the site store nothing: quiet, once, before any change fails. */
export function showBlocked(): void {
  showNotice(
    'Progress cannot be saved in this browser (it blocks site data, as private browsing may). Statuses and notes you set here last until you leave the page; export them to keep them.',
    [],
    'no-storage',
  );
}

export function showEvent(event: StoreEvent): void {
  if (event.type === 'not-saved') {
    if (event.reason === 'locked') {
      if (store.lock) lockNotice(store.lock, event.pending);
      return;
    }
    const text = `${plural(event.pending, 'change was', 'changes were')} not saved: ${FAILURE[event.reason]}. The page shows what is saved; your ${event.pending === 1 ? 'change is' : 'changes are'} kept on this page${event.reason === 'full' ? ' and saved with your next change once there is room' : ' until you leave it'}. Export to keep ${event.pending === 1 ? 'it' : 'them'} in a file now.`;
    // One alert for every pending change, beside the control of the latest one: a further failure
    // replaces it (showNotice keeps one) rather than raising another.
    showBeside(text, [exportWanted], 'not-saved');
  } else if (event.type === 'pending-saved') {
    showBeside(
      `${plural(event.count, 'change that was', 'changes that were')} not saved before ${event.count === 1 ? 'is' : 'are'} saved now.`,
      [],
      'saved',
    );
  } else if (event.type === 'locked') lockNotice(event.lock);
  else if (event.type === 'unlocked') clearNotice('lock');
  else setAside(event);
}
