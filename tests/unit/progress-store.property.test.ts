/**
 * A property test of the progress store (src/lib/progress/store.ts): random sequences of status
 * changes, notes, exercise checks (code and status), imports (merged or replacing), storage that fills and empties, and a second
 * tab writing, its writes arriving late. Whatever happens, no change the page reported as saved
 * is lost, unless a later change replaced it; and once every write has arrived, both tabs show
 * what is stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordCheck } from '../../src/lib/progress/exercises';
import { changedFields, fields } from '../../src/lib/progress/merge';
import { emptyProgress, type ProgressState, STATUSES, setStatus } from '../../src/lib/progress/model';
import { readCurrent, serialize } from '../../src/lib/progress/parse';
import { storageKeys } from '../../src/lib/progress/storage';
import type { Change } from '../../src/lib/progress/store';
import { mergeProgress } from '../../src/lib/progress/transfer';
import { setNote } from '../../src/lib/progress/workspace';
import { Origin, type Tab } from './fake-storage';

const keys = storageKeys('/');
const IDS = ['testing', 'databases', 'project:url-shortener'];

type Op =
  | { kind: 'status'; tab: number; id: string; status: (typeof STATUSES)[number] }
  | { kind: 'note'; tab: number; id: string; text: string }
  | { kind: 'exercise'; tab: number; id: string; code: string; passed: boolean }
  | { kind: 'import'; tab: number; merge: boolean; statuses: [string, (typeof STATUSES)[number]][] }
  | { kind: 'full'; full: boolean }
  | { kind: 'deliver'; count: number }
  | { kind: 'tick'; ms: number };

const tab = fc.integer({ min: 0, max: 1 });
const id = fc.constantFrom(...IDS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), tab, id, status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('note' as const), tab, id, text: fc.string({ unit: 'grapheme', maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('exercise' as const),
    tab,
    id: fc.constantFrom('clamp', 'parse-line'),
    code: fc.string({ unit: 'grapheme', maxLength: 12 }),
    passed: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('import' as const),
    tab,
    merge: fc.boolean(),
    statuses: fc.array(fc.tuple(id, fc.constantFrom(...STATUSES)), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('full' as const), full: fc.boolean() }),
  fc.record({ kind: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 8_000 }) }),
);

interface Write {
  readonly value: unknown;
  readonly saved: boolean;
  readonly tab: Tab;
  /** The storage write that carried it, and the last write of the other tab its tab had seen. */
  readonly seq: number;
  readonly received: number;
}

function run(ops: Op[]): void {
  const origin = new Origin();
  const tabs = [origin.open(keys), origin.open(keys)];
  /** Every change to each field, in order: reported saved, or pending (it may be saved later). */
  const history = new Map<string, Write[]>();
  const record = (t: Tab, before: ProgressState, after: ProgressState, saved: boolean) => {
    const values = fields(after);
    const write = { saved, tab: t, seq: origin.seq, received: t.received };
    for (const field of changedFields(before, after))
      history.set(field, [...(history.get(field) ?? []), { ...write, value: values.get(field) }]);
  };
  const change = (t: Tab, make: (s: ProgressState, at: Date) => ProgressState) => {
    let stored = t.store.state;
    let base = stored;
    let after = stored;
    const wrapped: Change = (s) => {
      stored = t.store.state;
      base = s;
      after = make(s, new Date(origin.now()));
      return after;
    };
    const saved = t.store.update(wrapped).ok;
    // The change itself, and the earlier pending changes its save wrote too.
    record(t, base, after, saved);
    if (saved) {
      const own = new Set(changedFields(base, after));
      const flushed = changedFields(stored, base).filter((f) => !own.has(f));
      const values = fields(after);
      for (const field of flushed)
        history.set(field, [
          ...(history.get(field) ?? []),
          { saved: true, tab: t, seq: origin.seq, received: t.received, value: values.get(field) },
        ]);
    }
  };
  for (const o of ops) {
    if (o.kind === 'full') origin.storage.quota = o.full ? 0 : Number.POSITIVE_INFINITY;
    else if (o.kind === 'deliver') origin.deliver(o.count);
    else if (o.kind === 'tick') origin.clock += o.ms;
    else {
      const t = tabs[o.tab] as Tab;
      if (o.kind === 'status') change(t, (s, at) => setStatus(s, o.id, o.status, at));
      else if (o.kind === 'note') change(t, (s, at) => setNote(s, o.id, o.text, at));
      else if (o.kind === 'exercise') change(t, (s, at) => recordCheck(s, o.id, o.code, o.passed, at));
      else
        change(t, (s, at) => {
          const file = o.statuses.reduce((f, [i, st]) => setStatus(f, i, st, at), emptyProgress());
          return o.merge ? mergeProgress(s, file) : file;
        });
    }
    origin.clock += 1;
  }
  // Storage has room again, every write arrives, and each tab saves what it still has pending.
  origin.storage.quota = Number.POSITIVE_INFINITY;
  origin.deliver();
  for (const t of tabs) t.store.release();
  for (const t of tabs) change(t, (s) => s);
  origin.deliver();
  const stored = readCurrent(origin.storage.getItem(keys.progress))?.kept ?? emptyProgress();
  const final = fields(stored);
  expect(history.size + ops.length).toBeGreaterThan(0);
  for (const [field, writes] of history) {
    const lastSaved = writes.findLastIndex((w) => w.saved);
    if (lastSaved < 0) continue;
    // What is stored is the last saved value, a change made after it, or a change the other tab
    // saved before it that its tab had not yet seen (concurrent: either may stand; both tabs agree).
    const saved = writes[lastSaved] as Write;
    const concurrent = (w: Write) => w.saved && w.tab !== saved.tab && w.seq < saved.seq && saved.received < w.seq;
    const allowed = writes.filter((w, i) => i >= lastSaved || concurrent(w)).map((w) => JSON.stringify(w.value));
    expect(allowed, `${field} was reported saved and then lost`).toContain(JSON.stringify(final.get(field)));
  }
  for (const t of tabs) expect(serialize(t.store.state)).toBe(serialize(stored));
}

describe('the progress store under random use', () => {
  it('never loses a change reported as saved, over 1,000 random sequences', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), run), { numRuns: 1_000 });
  });
});
