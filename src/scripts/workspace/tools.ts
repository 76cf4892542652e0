/**
 * Export, import, reset and print of the workspace, loaded on first use. The rules (validation,
 * versions, counts) live in src/lib/progress/transfer.ts.
 */
import { emptyProgress, hasProgress, type ProgressState } from '../../lib/progress/model';
import { describeImport, EXPORT_FILE_NAME, exportProgress, importProgress } from '../../lib/progress/transfer';
import { h } from '../dom';
import { roadmapItems } from './data';
import { current, keys, save, storage } from './store';

function say(root: HTMLElement, text: string): void {
  const status = root.querySelector('[data-tools-status]');
  if (status) status.textContent = text;
}

function download(name: string, text: string, type = 'application/json'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export const exportState = (state: ProgressState): void => download(EXPORT_FILE_NAME, exportProgress(state));

/** Everything set aside, plus `current` (the value as it was found) when it is not among them. */
export async function downloadBackups(current: string | null = null): Promise<void> {
  const { readBackups } = await import('../../lib/progress/backup');
  const kept = readBackups(storage, keys);
  const backups =
    current !== null && !kept.some((b) => b.raw === current)
      ? [...kept, { at: new Date().toISOString(), raw: current }]
      : kept;
  download('python-backend-roadmap-unreadable-progress.json', `${JSON.stringify(backups, null, 2)}\n`);
}

export function exportFile(root: HTMLElement): void {
  exportState(current());
  say(root, 'Progress and notes exported as a JSON file.');
}

export async function importFile(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  let text: string;
  try {
    text = await file.text();
  } catch {
    say(root, 'This file could not be read. Nothing was changed.');
    return;
  }
  const result = importProgress(text, new Set(roadmapItems().map((i) => i.id)), file.size);
  if (!result.ok) {
    say(root, result.message);
    return;
  }
  if (
    hasProgress(current()) &&
    !confirm('Replace the progress and notes saved in this browser with the imported file?')
  ) {
    say(root, 'Import cancelled. Nothing was changed.');
    return;
  }
  say(
    root,
    save(result.state).ok ? describeImport(result.summary) : 'The import could not be saved. Nothing was changed.',
  );
}

export function reset(root: HTMLElement): void {
  if (!confirm('Reset your progress? Every status and note in this browser will be removed. This cannot be undone.')) {
    say(root, 'Reset cancelled. Nothing was changed.');
    return;
  }
  say(root, save(emptyProgress()).ok ? 'Progress reset.' : 'The reset could not be saved. Nothing was changed.');
}

/** The buttons: Export, Import, Reset and Print, with a status line for their results. */
export function start(slot: HTMLElement): void {
  const input = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    hidden: true,
    'aria-label': 'Progress file to import',
  });
  const button = (label: string, onClick: () => void) => {
    const el = h('button', { type: 'button', class: 'button' }, label);
    el.addEventListener('click', onClick);
    return el;
  };
  input.addEventListener('change', () => void importFile(slot, input));
  slot.append(
    button('Export progress', () => exportFile(slot)),
    button('Import progress', () => input.click()),
    button('Reset progress', () => reset(slot)),
    button('Print checklist', () => print()),
    input,
    h('p', { role: 'status', 'data-tools-status': true }),
  );
}
