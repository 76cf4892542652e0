/**
 * Export, import and reset of local progress, loaded by src/scripts/progress.ts on first use.
 * The rules (validation, versions) live in src/lib/progress.ts.
 */
import { emptyProgress, exportProgress, importProgress } from '../lib/progress';
import { currentState, save } from './progress';

function say(root: HTMLElement, text: string): void {
  const status = root.querySelector('[data-progress-status]');
  if (status) status.textContent = text;
}

export function download(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function exportFile(root: HTMLElement): void {
  download('python-backend-roadmap-progress.json', exportProgress(currentState()));
  say(root, 'Progress exported as a JSON file.');
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
  const result = importProgress(text);
  if (!result.ok) {
    say(root, result.message);
    return;
  }
  const replacing = Object.keys(currentState().topics).length > 0;
  if (replacing && !confirm('Replace the progress saved in this browser with the imported file?')) {
    say(root, 'Import cancelled. Nothing was changed.');
    return;
  }
  save(result.state);
  say(root, `Imported progress: ${Object.keys(result.state.topics).length} topics marked done.`);
}

export function reset(root: HTMLElement): void {
  if (!confirm('Reset your progress? Every topic will be marked as not done. This cannot be undone.')) return;
  save(emptyProgress());
  say(root, 'Progress reset.');
}
