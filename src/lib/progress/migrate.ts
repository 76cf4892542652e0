/**
 * Reading stored or imported progress of any version this site ever wrote, migrated to the
 * current one without loss ("done" stays done):
 *
 * - Version 1: `{ version: 1, done: ["testing", ...] }`
 * - Version 2: `{ version: 2, topics: { testing: { doneAt } } }`
 * - Version 3: `{ version: 3, items, notes, quiz: { testing: { right, total, at } }, ... }`
 * - Version 4: version 3 plus each question's last result in `quiz.<topic>.answers`. Version 3
 *   data reads unchanged, with no per-question results.
 * - Version 5: the current format (parse.ts): version 4 plus graded exercises (`exercises`).
 *   Version 4 data reads unchanged, with no exercise tried yet.
 */
import { CURRENT_VERSION, emptyProgress, ITEM_ID, type ItemEntry, type ProgressState } from './model';
import { entries, fromV3, fromV4, fromV5, isIsoDate, isRecord, type Read } from './parse';

export type ParseResult =
  | {
      readonly ok: true;
      readonly state: ProgressState;
      /** The data was an older version and has been brought up to date. */
      readonly migrated: boolean;
      /** The fields that could not be read and were left out (`items.testing.at`). */
      readonly problems: readonly string[];
    }
  | { readonly ok: false; readonly reason: string; readonly newerVersion?: number };

export function fromV1(value: Record<string, unknown>, now: Date): Read<ProgressState> | undefined {
  if (!Array.isArray(value['done'])) return undefined;
  const at = now.toISOString();
  const items: Record<string, ItemEntry> = {};
  const problems: string[] = [];
  value['done'].forEach((id: unknown, i) => {
    if (typeof id === 'string' && ITEM_ID.test(id)) items[id] = { status: 'done', at };
    else problems.push(`done.${i}`);
  });
  return { kept: { ...emptyProgress(), items }, problems };
}

function fromV2(value: Record<string, unknown>): Read<ProgressState> | undefined {
  if (!isRecord(value['topics'])) return undefined;
  const { kept, problems } = entries(value['topics'], 'topics', (e) =>
    isRecord(e) && isIsoDate(e['doneAt']) ? ({ status: 'done', at: e['doneAt'] } as const) : 'doneAt',
  );
  return { kept: { ...emptyProgress(), items: kept }, problems };
}

/** Brings parsed JSON of any known version up to the current one. */
export function upgrade(value: unknown, now: Date = new Date()): ParseResult {
  if (!isRecord(value)) return { ok: false, reason: 'the saved progress is not in a format this site understands' };
  const version = value['version'];
  const read =
    version === 1
      ? fromV1(value, now)
      : version === 2
        ? fromV2(value)
        : version === 3
          ? fromV3(value)
          : version === 4
            ? fromV4(value)
            : version === 5
              ? fromV5(value)
              : undefined;
  if (read) return { ok: true, state: read.kept, migrated: version !== CURRENT_VERSION, problems: read.problems };
  if (typeof version === 'number' && version > CURRENT_VERSION)
    return {
      ok: false,
      reason: `the saved progress comes from a newer version (${version}) of this site`,
      newerVersion: version,
    };
  return { ok: false, reason: 'the saved progress is not in a format this site understands' };
}

/** Reads a stored string: nothing stored is an empty state; unreadable data is an error, never a throw. */
export function readProgress(raw: string | null, now?: Date): ParseResult {
  if (raw === null || raw === '') return { ok: true, state: emptyProgress(), migrated: false, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved progress is not valid JSON' };
  }
  return upgrade(value, now);
}
