/**
 * Export, import, reset and print of the workspace, loaded on first use. The rules (validation,
 * versions, counts, merging) live in src/lib/progress/transfer.ts. An import first says what the
 * file holds and what would change, offers to merge or replace, keeps the replaced progress as a
 * backup and can be undone.
 */
import { appendBackup, readBackups } from '../../lib/progress/backup';
import { changedFields } from '../../lib/progress/merge';
import { emptyProgress, hasProgress, type ProgressState } from '../../lib/progress/model';
import { serialize } from '../../lib/progress/parse';
import {
  checkSize,
  describeImport,
  describeSummary,
  EXPORT_FILE_NAME,
  exportProgress,
  type ImportSummary,
  importProgress,
  mergeProgress,
  summarize,
} from '../../lib/progress/transfer';
import { h } from '../dom';
import { download } from '../download';
import { roadmapItems } from './data';
import { current, keys, storage, update } from './store';

const knownIds = () => new Set(roadmapItems().map((i) => i.id));

function say(root: HTMLElement, text: string, ...actions: HTMLElement[]): void {
  root.querySelector('[data-tools-status]')?.replaceChildren(text, ...actions.flatMap((a) => [' ', a]));
}

const button = (label: string, onClick: () => void, className = 'button') => {
  const el = h('button', { type: 'button', class: className }, label);
  el.addEventListener('click', onClick);
  return el;
};

/** Saves the export file; the backup reminder (src/scripts/data/gate.ts) hears that it was made. */
export function exportState(state: ProgressState): void {
  download(EXPORT_FILE_NAME, exportProgress(state));
  document.dispatchEvent(new CustomEvent('pbr:exported'));
}

/** Everything set aside, plus `found` (the value as it was found) when it is not among them. */
export function downloadBackups(found: string | null = null): void {
  const kept = readBackups(storage, keys);
  const backups =
    found !== null && !kept.some((b) => b.raw === found)
      ? [...kept, { at: new Date().toISOString(), raw: found }]
      : kept;
  download('python-backend-roadmap-backups.json', `${JSON.stringify(backups, null, 2)}\n`);
}

export function exportFile(root: HTMLElement): void {
  exportState(current());
  say(root, 'Progress and notes exported as a JSON file.');
}

/** Writes the imported (or merged) state, keeping what it replaces as a backup, with an undo. */
function apply(root: HTMLElement, make: (mine: ProgressState) => ProgressState, summary: ImportSummary): void {
  const before = current();
  if (hasProgress(before) && !appendBackup(storage, keys, serialize(before)).ok) {
    say(
      root,
      'There is no room to keep a backup of your progress before the import, so nothing was changed. Export it first, then reset and import.',
    );
    return;
  }
  if (!update(make).ok) {
    say(root, 'The import could not be saved. Nothing was changed.');
    return;
  }
  const undo = button('Undo the import', () =>
    say(root, update(() => before).ok ? 'Import undone: your progress is as it was.' : 'The undo could not be saved.'),
  );
  say(root, describeImport(summary), undo);
}

export async function importFile(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const tooLarge = checkSize(file.size);
  if (tooLarge) return say(root, tooLarge);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return say(root, 'This file could not be read. Nothing was changed.');
  }
  const result = importProgress(text, knownIds(), file.size);
  if (!result.ok) return say(root, result.message);
  const mine = current();
  const { state, summary } = result;
  if (!hasProgress(mine)) return apply(root, () => state, summary);
  const merged = mergeProgress(mine, state);
  const count = (after: ProgressState) => changedFields(mine, after).filter((f) => f !== 'last').length;
  const changes = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const question = h(
    'p',
    {},
    `The file holds ${describeSummary(summary)}${summary.problems.length ? ` (${summary.problems.length} unreadable ${summary.problems.length === 1 ? 'entry' : 'entries'} left out)` : ''}. This browser has ${describeSummary(summarize(mine, knownIds()))}. Merging keeps the newer of each and changes ${changes(count(merged))}; replacing changes ${changes(count(state))}. Either way your current progress is kept as a backup, and you can undo.`,
  );
  const panel = h('div', { class: 'import-choice', role: 'group', 'aria-label': 'Import progress' }, question);
  const close = (then: () => void) => () => {
    panel.remove();
    then();
  };
  panel.append(
    button(
      'Merge with my progress',
      close(() => apply(root, (s) => mergeProgress(s, state), summary)),
    ),
    ' ',
    button(
      'Replace my progress',
      close(() => apply(root, () => state, summary)),
    ),
    ' ',
    button(
      'Cancel',
      close(() => say(root, 'Import cancelled. Nothing was changed.')),
    ),
  );
  say(root, '');
  root.querySelector('[data-tools-status]')?.before(panel);
  panel.querySelector('button')?.focus();
}

export function reset(root: HTMLElement): void {
  if (!confirm('Reset your progress? Every status and note in this browser will be removed. This cannot be undone.')) {
    say(root, 'Reset cancelled. Nothing was changed.');
    return;
  }
  say(
    root,
    update(() => emptyProgress()).ok ? 'Progress reset.' : 'The reset could not be saved. Nothing was changed.',
  );
}

/** The buttons: Export, Import and Print together, then Reset apart as the destructive one, and a status line. */
export function start(slot: HTMLElement): void {
  const input = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    hidden: true,
    'aria-label': 'Progress file to import',
  });
  input.addEventListener('change', () => void importFile(slot, input));
  slot.append(
    button('Export progress', () => exportFile(slot)),
    button('Import progress', () => input.click()),
    button('Print checklist', () => print()),
    button('Reset progress', () => reset(slot), 'button danger'),
    input,
    h('p', { role: 'status', 'data-tools-status': true }),
  );
}
