/**
 * The learner's progress, kept in localStorage under one versioned key. Pure functions, so the
 * store's rules (versions, migration, validation, counting) are tested without a browser.
 *
 * Topics are keyed by their stable id (the content file name), never by title or position, so
 * renaming or reordering topics keeps progress. Ids the roadmap no longer has are kept (a topic
 * may come back) but not counted.
 */

export const STORAGE_KEY = 'pbr-progress';
/** Where unreadable data is moved so that nothing is lost when the learner starts fresh. */
export const BACKUP_KEY = 'pbr-progress-backup';
export const CURRENT_VERSION = 2;
/** Marks an export file as ours. */
export const EXPORT_APP = 'python-backend-roadmap';

/** Current format: when each topic was marked done (ISO 8601). */
export interface ProgressState {
  readonly version: typeof CURRENT_VERSION;
  readonly topics: Readonly<Record<string, { readonly doneAt: string }>>;
}

/** Version 1, the first release's format: a plain list of done topic ids. */
interface ProgressV1 {
  readonly version: 1;
  readonly done: readonly string[];
}

export type ReadResult =
  | { readonly ok: true; readonly state: ProgressState; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: string };

export const emptyProgress = (): ProgressState => ({ version: CURRENT_VERSION, topics: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function isV1(value: Record<string, unknown>): value is Record<string, unknown> & ProgressV1 {
  return (
    value['version'] === 1 &&
    Array.isArray(value['done']) &&
    value['done'].every((id) => typeof id === 'string' && TOPIC_ID.test(id))
  );
}

function topicsOf(value: unknown): ProgressState['topics'] | undefined {
  if (!isRecord(value)) return undefined;
  const topics: Record<string, { doneAt: string }> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!TOPIC_ID.test(id) || !isRecord(entry) || !isIsoDate(entry['doneAt'])) return undefined;
    topics[id] = { doneAt: entry['doneAt'] };
  }
  return topics;
}

/** Brings any known version up to the current one; anything else is `undefined`. */
export function upgrade(
  value: unknown,
  now: Date = new Date(),
): { state: ProgressState; migrated: boolean } | undefined {
  if (!isRecord(value)) return undefined;
  if (isV1(value)) {
    const doneAt = now.toISOString();
    return {
      state: { version: CURRENT_VERSION, topics: Object.fromEntries(value.done.map((id) => [id, { doneAt }])) },
      migrated: true,
    };
  }
  if (value['version'] === CURRENT_VERSION) {
    const topics = topicsOf(value['topics']);
    return topics ? { state: { version: CURRENT_VERSION, topics }, migrated: false } : undefined;
  }
  return undefined;
}

/** Reads the stored string: nothing stored is an empty state; unreadable data is an error, never a throw. */
export function readProgress(raw: string | null, now?: Date): ReadResult {
  if (raw === null || raw === '') return { ok: true, state: emptyProgress(), migrated: false };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved progress is not valid JSON' };
  }
  const upgraded = upgrade(value, now);
  if (!upgraded) {
    const version = isRecord(value) ? value['version'] : undefined;
    return {
      ok: false,
      reason:
        typeof version === 'number' && version > CURRENT_VERSION
          ? `the saved progress comes from a newer version (${version}) of this site`
          : 'the saved progress is not in a format this site understands',
    };
  }
  return { ok: true, ...upgraded };
}

export const serialize = (state: ProgressState): string => JSON.stringify(state);

export const isDone = (state: ProgressState, id: string): boolean => Object.hasOwn(state.topics, id);

/** Marks a topic done or not done, returning a new state. */
export function setDone(state: ProgressState, id: string, done: boolean, now: Date = new Date()): ProgressState {
  if (done === isDone(state, id)) return state;
  const topics = { ...state.topics };
  if (done) topics[id] = { doneAt: now.toISOString() };
  else delete topics[id];
  return { version: CURRENT_VERSION, topics };
}

/** How many of the given topics are done; ids the roadmap no longer lists are not counted. */
export function countDone(state: ProgressState, topicIds: readonly string[]): number {
  return topicIds.filter((id) => isDone(state, id)).length;
}

/** The export file's text: our marker, the export time and the current-format state. */
export function exportProgress(state: ProgressState, now: Date = new Date()): string {
  return `${JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), ...state }, null, 2)}\n`;
}

export type ImportResult =
  | { readonly ok: true; readonly state: ProgressState }
  | { readonly ok: false; readonly message: string };

/** Validates an export file. A wrong or damaged file gets a message and changes nothing. */
export function importProgress(text: string, now?: Date): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not valid JSON, so it cannot be a progress export. Nothing was changed.',
    };
  }
  if (!isRecord(value) || value['app'] !== EXPORT_APP) {
    return { ok: false, message: 'This file is not a progress export from this roadmap. Nothing was changed.' };
  }
  const upgraded = upgrade(value, now);
  if (!upgraded) {
    return { ok: false, message: 'This progress file is damaged or from an unknown version. Nothing was changed.' };
  }
  return { ok: true, state: upgraded.state };
}
