/**
 * Export and import: a JSON file with our marker and a version, so a learner can move their
 * workspace between browsers. A wrong or damaged file gets a clear message and changes nothing.
 */

import { upgrade } from './migrate';
import { CURRENT_VERSION, type ProgressState } from './model';

/** Marks an export file as ours. */
export const EXPORT_APP = 'python-backend-roadmap';
export const EXPORT_FILE_NAME = 'python-backend-roadmap-progress.json';
/** Larger files are refused: a real export of this roadmap is a few KiB, notes included. */
export const IMPORT_MAX_BYTES = 1_000_000;

/** The export file's text: our marker, the export time and the current-format state. */
export function exportProgress(state: ProgressState, now: Date = new Date()): string {
  return `${JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), ...state }, null, 2)}\n`;
}

export interface ImportSummary {
  /** Items of this roadmap with a status, by status. */
  readonly done: number;
  readonly inProgress: number;
  readonly skipped: number;
  readonly notes: number;
  /** Entries naming topics or projects this roadmap does not have (kept, not counted). */
  readonly unknown: number;
  /** Entries that could not be read and were left out. */
  readonly dropped: number;
}

export type ImportResult =
  | { readonly ok: true; readonly state: ProgressState; readonly summary: ImportSummary }
  | { readonly ok: false; readonly message: string };

const NOTHING = 'Nothing was changed.';

/** Validates an export file against the ids this roadmap has. */
export function importProgress(
  text: string,
  knownIds: ReadonlySet<string>,
  bytes: number = text.length,
  now?: Date,
): ImportResult {
  if (bytes > IMPORT_MAX_BYTES)
    return {
      ok: false,
      message: `This file is ${Math.round(bytes / 1000)} kB, far larger than any progress export of this roadmap. ${NOTHING}`,
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `This file is not valid JSON, so it cannot be a progress export. ${NOTHING}` };
  }
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>)['app'] !== EXPORT_APP)
    return { ok: false, message: `This file is not a progress export from this roadmap. ${NOTHING}` };
  const result = upgrade(value, now);
  if (!result.ok) {
    return {
      ok: false,
      message:
        result.newerVersion === undefined
          ? `This progress file is damaged: it is not in a format this site understands. ${NOTHING}`
          : `This file comes from a newer version (${result.newerVersion}) of this site, which this copy (version ${CURRENT_VERSION}) cannot read. Open it with the newer site, or update this copy. ${NOTHING}`,
    };
  }
  const { state } = result;
  const ids = new Set([...Object.keys(state.items), ...Object.keys(state.notes)]);
  const known = (id: string) => knownIds.has(id);
  const count = (status: string) =>
    Object.entries(state.items).filter(([id, e]) => known(id) && e.status === status).length;
  return {
    ok: true,
    state,
    summary: {
      done: count('done'),
      inProgress: count('in-progress'),
      skipped: count('skipped'),
      notes: Object.keys(state.notes).filter(known).length,
      unknown: [...ids].filter((id) => !known(id)).length,
      dropped: result.dropped,
    },
  };
}

const plural = (n: number, one: string, many: string = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The status line after an import, counting only what this roadmap shows. */
export function describeImport(s: ImportSummary): string {
  const parts = [`${s.done} done`, `${s.inProgress} in progress`, `${s.skipped} skipped`, plural(s.notes, 'note')];
  let text = `Imported progress: ${parts.join(', ')}.`;
  if (s.unknown > 0)
    text += ` ${plural(s.unknown, 'entry names a topic or project', 'entries name topics or projects')} this roadmap does not have; kept, not counted.`;
  if (s.dropped > 0)
    text += ` ${plural(s.dropped, 'entry', 'entries')} could not be read and ${s.dropped === 1 ? 'was' : 'were'} left out.`;
  return text;
}
