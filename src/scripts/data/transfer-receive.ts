/**
 * Opening a transfer link: says what it holds (counts per kind), then merges or replaces on the
 * learner's choice, keeping the replaced record as a backup, with an undo. The fragment is taken
 * out of the address first, so a reload or the history never imports it again.
 */
import { appendBackup } from '../../lib/progress/backup';
import { hasProgress, type ProgressState } from '../../lib/progress/model';
import { serialize } from '../../lib/progress/parse';
import { describeImport, describeSummary, importProgress, mergeProgress, summarize } from '../../lib/progress/transfer';
import { decodeTransfer } from '../../lib/progress/transfer-link';
import { h } from '../dom';
import { roadmapItems } from '../workspace/data';
import { current, keys, storage, update } from '../workspace/store';

const button = (label: string, run: () => void) => {
  const el = h('button', { type: 'button', class: 'button' }, label);
  el.addEventListener('click', run);
  return el;
};

/** The import box on screen, if any: a second link opened in the same page replaces it. */
let shown: HTMLElement | undefined;

export function receive(): void {
  const decoded = decodeTransfer(location.hash);
  if (!decoded) return;
  history.replaceState(history.state, '', location.pathname + location.search);
  shown?.remove();
  const known = new Set(roadmapItems().map((i) => i.id));
  const result = decoded.ok ? importProgress(decoded.text, known) : decoded;
  const text = h('p', {});
  const actions = h('p', { class: 'backup-reminder-actions' });
  const box = h(
    'section',
    { class: 'backup-reminder container', 'aria-labelledby': 'transfer-title' },
    h('h2', { id: 'transfer-title', tabindex: '-1' }, 'Import from a transfer link'),
    text,
    actions,
  );
  const say = (words: string, ...buttons: HTMLElement[]) => {
    text.textContent = words;
    actions.replaceChildren(...buttons);
  };
  const done = button('Close', () => box.remove());
  if (!result.ok) say(result.message, done);
  else {
    const { state, summary } = result;
    const apply = (make: (mine: ProgressState) => ProgressState) => {
      const before = current();
      if (hasProgress(before) && !appendBackup(storage, keys, serialize(before)).ok)
        return say('There is no room to keep a backup of your progress first, so nothing was changed.', done);
      if (!update(make).ok) return say('The import could not be saved. Nothing was changed.', done);
      say(
        describeImport(summary),
        button('Undo the import', () =>
          say(
            update(() => before).ok ? 'Import undone: your progress is as it was.' : 'The undo could not be saved.',
            done,
          ),
        ),
        done,
      );
    };
    say(
      `The link holds ${describeSummary(summary)}. This browser has ${describeSummary(summarize(current(), known))}. Merging keeps the newer of each entry; replacing keeps only the link's. Either way your current progress is kept as a backup, and you can undo.`,
      button('Merge with my progress', () => apply((mine) => mergeProgress(mine, state))),
      button('Replace my progress', () => apply(() => state)),
      button('Cancel', () => say('Nothing was imported.', done)),
    );
  }
  shown = box;
  document.querySelector('main')?.prepend(box);
  box.querySelector<HTMLElement>('h2')?.focus();
}
