/**
 * The backup reminder: a quiet notice at the top of the main content (never a modal), with
 * "Export now" and "Remind me later". Escape inside it, or either button, dismisses it; it is
 * marked as shown so that it comes back at most once a day (src/lib/progress/reminder.ts).
 */
import { EXPORT_FILE_NAME, exportProgress } from '../../lib/progress/export';
import { EXPORTED_EVENT, markShown, remindLater } from '../../lib/progress/reminder';
import { h } from '../dom';
import { download } from '../download';
import { store } from '../workspace/store';
import { changeMeta } from './meta';

/** The reminder on screen, if any: it is never shown twice at once. */
let shown: HTMLElement | undefined;

export function showReminder(): void {
  if (shown?.isConnected) return;
  changeMeta(markShown);
  const exportNow = h('button', { type: 'button', class: 'button' }, 'Export now');
  const later = h('button', { type: 'button', class: 'button' }, 'Remind me later');
  const box = h(
    'section',
    {
      class: 'backup-reminder container no-print',
      'aria-labelledby': 'backup-reminder-title',
    },
    h('h2', { id: 'backup-reminder-title' }, 'Keep a copy of your progress'),
    h(
      'p',
      {},
      'Your progress lives only in this browser, and changes since your last export have no copy. A browser can clear site data: export a file now and then, or move it to another device.',
    ),
    h('p', { class: 'backup-reminder-actions' }, exportNow, ' ', later),
  );
  shown = box;
  const close = () => {
    const hadFocus = box.contains(document.activeElement);
    box.remove();
    if (hadFocus) document.querySelector<HTMLElement>('main')?.focus();
  };
  exportNow.addEventListener('click', () => {
    download(EXPORT_FILE_NAME, exportProgress(store.wanted));
    document.dispatchEvent(new CustomEvent(EXPORTED_EVENT));
    close();
  });
  later.addEventListener('click', () => {
    changeMeta(remindLater);
    close();
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  document.querySelector('main')?.prepend(box);
}
