/**
 * Two tabs of the site write the same stored record. Each tab learns of the other's writes only
 * through the `storage` event, a few milliseconds late, so a change made in that window is
 * written over a record that lacks the other tab's change. Each tab therefore remembers what it
 * changed itself (a "touch" per field, with the write that carried it) and, when another tab's
 * record arrives, decides per field whether to put its own change back:
 *
 * - the other tab had seen our write (its record says, per tab, the last write it contains):
 *   theirs stands, a removal included;
 * - it had not, and both have a date (`at`): the newer stands;
 * - it had not, and it has no entry there: ours goes back in (and is written again);
 * - a record from a version without this bookkeeping: ours goes back in once, within a few
 *   seconds of our change; if it is removed again, theirs stands.
 *
 * So two tabs always agree in the end and never write back and forth.
 */
import type { ProgressState } from './model';

/** A field of the state: `items/testing`, `notes/testing`, `quiz/testing`, `exercises/<id>`, `last`, `hoursPerWeek`. */
export type Field = string;
interface Touch {
  readonly value: unknown;
  readonly at: number;
  /** The number of this tab's write that carried it (src/lib/progress/store.ts). */
  readonly seq: number;
  readonly contested: boolean;
}
export type Touches = Map<Field, Touch>;

/** How long a change of ours without a date to compare may be put back: beyond human timing. */
export const TOUCH_WINDOW_MS = 5_000;

const GROUPS = ['items', 'notes', 'quiz', 'exercises'] as const;

export function fields(state: ProgressState): Map<Field, unknown> {
  const out = new Map<Field, unknown>();
  for (const group of GROUPS) for (const [id, entry] of Object.entries(state[group])) out.set(`${group}/${id}`, entry);
  if (state.last) out.set('last', state.last);
  if (state.hoursPerWeek !== undefined) out.set('hoursPerWeek', state.hoursPerWeek);
  return out;
}

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two states (`items/testing`, `notes/testing`, `hoursPerWeek`...). */
export function changedFields(before: ProgressState, after: ProgressState): Field[] {
  const a = fields(before);
  const b = fields(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((field) => !same(a.get(field), b.get(field)));
}

/** Records the fields a change of ours set or removed. */
export function touch(touches: Touches, before: ProgressState, after: ProgressState, now: number, seq: number): void {
  const b = fields(after);
  for (const field of changedFields(before, after))
    touches.set(field, { value: b.get(field), at: now, seq, contested: false });
}

export function setField(state: ProgressState, field: Field, value: unknown): ProgressState {
  const [group, id] = field.split('/') as [string, string | undefined];
  if (id === undefined) {
    const { [group as 'last']: _old, ...rest } = state;
    return value === undefined ? (rest as ProgressState) : { ...state, [group]: value };
  }
  const key = group as (typeof GROUPS)[number];
  const record: Record<string, unknown> = { ...state[key] };
  if (value === undefined) delete record[id];
  else record[id] = value;
  return { ...state, [key]: record };
}

/** The time of an entry (`at`), if it has one. */
export const dated = (value: unknown): number | undefined => {
  const at = (value as { at?: unknown } | undefined)?.at;
  return typeof at === 'string' ? Date.parse(at) : undefined;
};

/**
 * Another tab's record, with our own changes it lacks put back. `seen` is the number of the last
 * write of this tab that the record contains (undefined when it does not say). `changed` says the result differs
 * from theirs, so it must be written. Touches that are settled are forgotten.
 */
export function reconcile(
  theirs: ProgressState,
  touches: Touches,
  now: number,
  seen: number | undefined,
): { state: ProgressState; changed: boolean } {
  const present = fields(theirs);
  let state = theirs;
  let changed = false;
  for (const [field, mine] of touches) {
    const other = present.get(field);
    const theirAt = dated(other);
    const fallback = seen === undefined && theirAt === undefined;
    const oursIsNewer =
      same(other, mine.value) || (seen !== undefined && seen >= mine.seq)
        ? false
        : theirAt !== undefined
          ? theirAt < (dated(mine.value) ?? mine.at)
          : seen !== undefined || (!mine.contested && now - mine.at <= TOUCH_WINDOW_MS);
    if (!oursIsNewer) {
      touches.delete(field);
      continue;
    }
    state = setField(state, field, mine.value);
    touches.set(field, { ...mine, contested: fallback });
    changed = true;
  }
  return { state, changed };
}
