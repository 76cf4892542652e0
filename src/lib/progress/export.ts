/**
 * The export file's text, kept apart from transfer.ts (which reads files of every version) so
 * that the page's alerts can always offer an export without loading anything more.
 */
import type { ProgressState } from './model';

/** Marks an export file as ours. */
export const EXPORT_APP = 'python-backend-roadmap';
export const EXPORT_FILE_NAME = 'python-backend-roadmap-progress.json';
/** The name of a download of stored data this version could not read, byte for byte. */
export const UNREADABLE_FILE_NAME = 'python-backend-roadmap-unreadable-progress.json';

/** The export file's text: our marker, the export time and the current-format state. */
export function exportProgress(state: ProgressState, now: Date = new Date()): string {
  return `${JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), ...state }, null, 2)}\n`;
}
