/**
 * Export and import: a JSON file with our marker and a version, so a learner can move their
 * workspace between browsers. A wrong or damaged file gets a clear message and changes nothing;
 * a good one is described (what it holds, what would change) before anything is replaced, and
 * can be merged with what this browser has instead of replacing it.
 */
import { EXPORT_APP } from './export';
import { duplicateKeys } from './json-keys';
import { upgrade } from './migrate';
import { CURRENT_VERSION, hasProgress, type ProgressState } from './model';

export { EXPORT_APP, EXPORT_FILE_NAME, exportProgress } from './export';

/** Larger files are refused before they are read: a real export of this roadmap is a few KiB, notes included. */
export const IMPORT_MAX_BYTES = 1_000_000;

export interface ProgressSummary {
  /** Items of this roadmap with a status, by status. */
  readonly done: number;
  readonly inProgress: number;
  readonly skipped: number;
  readonly notes: number;
  /** Self-check results kept. */
  readonly quiz: number;
  /** Graded exercises solved, and tried but not solved (every exercise id kept, not checked against the site). */
  readonly solved: number;
  readonly attempted: number;
  readonly hoursPerWeek: number | undefined;
  /** Entries naming topics or projects this roadmap does not have (kept, not counted). */
  readonly unknown: number;
}
export interface ImportSummary extends ProgressSummary {
  /** The fields that could not be read and were left out (`items.testing.at`). */
  readonly problems: readonly string[];
}

export type ImportResult =
  | { readonly ok: true; readonly state: ProgressState; readonly summary: ImportSummary }
  | { readonly ok: false; readonly message: string };

const NOTHING = 'Nothing was changed.';

/** Counts what a state holds, for the items this roadmap has. */
export function summarize(state: ProgressState, knownIds: ReadonlySet<string>): ProgressSummary {
  const known = (id: string) => knownIds.has(id);
  const count = (status: string) =>
    Object.entries(state.items).filter(([id, e]) => known(id) && e.status === status).length;
  const ids = new Set([...Object.keys(state.items), ...Object.keys(state.notes), ...Object.keys(state.quiz)]);
  return {
    done: count('done'),
    inProgress: count('in-progress'),
    skipped: count('skipped'),
    notes: Object.keys(state.notes).filter(known).length,
    quiz: Object.keys(state.quiz).filter(known).length,
    solved: Object.values(state.exercises).filter((e) => e.status === 'solved').length,
    attempted: Object.values(state.exercises).filter((e) => e.status === 'attempted').length,
    hoursPerWeek: state.hoursPerWeek,
    unknown: [...ids].filter((id) => !known(id)).length,
  };
}

/** Refuses a file too large to be ours; call it before reading the file. */
export function checkSize(bytes: number): string | undefined {
  return bytes > IMPORT_MAX_BYTES
    ? `This file is ${Math.round(bytes / 1000)} kB, far larger than any progress export of this roadmap. ${NOTHING}`
    : undefined;
}

/** Validates an export file against the ids this roadmap has. */
export function importProgress(
  text: string,
  knownIds: ReadonlySet<string>,
  bytes: number = text.length,
  now?: Date,
): ImportResult {
  const tooLarge = checkSize(bytes);
  if (tooLarge) return { ok: false, message: tooLarge };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `This file is not valid JSON, so it cannot be a progress export. ${NOTHING}` };
  }
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>)['app'] !== EXPORT_APP)
    return { ok: false, message: `This file is not a progress export from this roadmap. ${NOTHING}` };
  const twice = duplicateKeys(text);
  if (twice.length > 0)
    return {
      ok: false,
      message: `This file names ${twice.slice(0, 3).join(', ')} more than once, so it is not clear which to keep. ${NOTHING}`,
    };
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
  const { state, problems } = result;
  if (!hasProgress(state))
    return {
      ok: false,
      message: `This file holds no progress to import${problems.length ? ` (these entries could not be read: ${problems.slice(0, 5).join(', ')})` : ''}. ${NOTHING}`,
    };
  return { ok: true, state, summary: { ...summarize(state, knownIds), problems } };
}

const plural = (n: number, one: string, many: string = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a state holds, in words: "3 done, 1 in progress, 0 skipped, 2 notes, 1 self-check, 5 h a week". */
export function describeSummary(s: ProgressSummary): string {
  const parts = [`${s.done} done`, `${s.inProgress} in progress`, `${s.skipped} skipped`, plural(s.notes, 'note')];
  if (s.quiz > 0) parts.push(plural(s.quiz, 'self-check result'));
  if (s.solved + s.attempted > 0)
    parts.push(`${plural(s.solved + s.attempted, 'exercise')} (${s.solved} solved, ${s.attempted} attempted)`);
  if (s.hoursPerWeek !== undefined) parts.push(`${s.hoursPerWeek} h a week`);
  return parts.join(', ');
}

/** The status line after an import, counting only what this roadmap shows. */
export function describeImport(s: ImportSummary): string {
  let text = `Imported progress: ${describeSummary(s)}.`;
  if (s.unknown > 0)
    text += ` ${plural(s.unknown, 'entry names a topic or project', 'entries name topics or projects')} this roadmap does not have; kept, not counted.`;
  if (s.problems.length > 0)
    text += ` ${plural(s.problems.length, 'entry', 'entries')} could not be read and ${s.problems.length === 1 ? 'was' : 'were'} left out (${s.problems.slice(0, 5).join(', ')}).`;
  return text;
}

type Dated = { readonly at: string };
function newest<T extends Dated>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [id, entry] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || Date.parse(entry.at) > Date.parse(mine.at)) out[id] = entry;
  }
  return out;
}

/**
 * An import merged into what this browser has: for every status, note, self-check result and exercise
 * the newer of the two is kept; the last page visited is the newer one, the weekly hours this
 * browser's unless it has none.
 */
export function mergeProgress(mine: ProgressState, theirs: ProgressState): ProgressState {
  const last = [mine.last, theirs.last]
    .filter((l) => l !== undefined)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  const hoursPerWeek = mine.hoursPerWeek ?? theirs.hoursPerWeek;
  return {
    version: CURRENT_VERSION,
    items: newest(mine.items, theirs.items),
    notes: newest(mine.notes, theirs.notes),
    quiz: newest(mine.quiz, theirs.quiz),
    exercises: newest(mine.exercises, theirs.exercises),
    ...(last ? { last } : {}),
    ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
  };
}
