/**
 * The transfer link and the export file carry every record unchanged: 1,000 random records (every
 * status, notes with any Unicode, self-check tallies, weekly hours) go through export → import
 * and link → import and come back equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportProgress } from '../../src/lib/progress/export';
import { CURRENT_VERSION, HOURS_MAX, HOURS_MIN, type ProgressState, STATUSES } from '../../src/lib/progress/model';
import { importProgress } from '../../src/lib/progress/transfer';
import { decodeTransfer, TRANSFER_LINK_MAX, TRANSFER_PREFIX, transferLink } from '../../src/lib/progress/transfer-link';

const PAGE = 'https://example.github.io/python-backend-roadmap/';
const id = fc.stringMatching(/^(?:project:)?[a-z0-9][a-z0-9-]{0,20}$/);
const at = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString());
const stored = STATUSES.filter((s) => s !== 'not-started');
const state: fc.Arbitrary<ProgressState> = fc
  .record({
    items: fc.dictionary(id, fc.record({ status: fc.constantFrom(...stored), at }), { maxKeys: 8 }),
    notes: fc.dictionary(
      id,
      fc.record({ text: fc.string({ unit: fc.constantFrom('grapheme', 'binary'), minLength: 1, maxLength: 60 }), at }),
      { maxKeys: 4 },
    ),
    quiz: fc.dictionary(
      id,
      fc
        .tuple(fc.integer({ min: 1, max: 50 }), fc.nat(), at)
        .map(([total, right, when]) => ({ right: right % (total + 1), total, at: when })),
      { maxKeys: 4 },
    ),
    exercises: fc.dictionary(
      id.filter((x) => !x.startsWith('project:')),
      fc.record(
        {
          status: fc.constantFrom('attempted' as const, 'solved' as const),
          code: fc.string({ unit: fc.constantFrom('grapheme', 'binary'), maxLength: 120 }),
          at,
          solutionSeen: fc.constant(true as const),
        },
        { requiredKeys: ['status', 'code', 'at'] },
      ),
      { maxKeys: 3 },
    ),
    hoursPerWeek: fc.option(fc.integer({ min: HOURS_MIN, max: HOURS_MAX }), { nil: undefined }),
  })
  .map(({ hoursPerWeek, ...rest }) => ({
    version: CURRENT_VERSION as typeof CURRENT_VERSION,
    ...rest,
    ...(hoursPerWeek === undefined ? {} : { hoursPerWeek }),
  }))
  .filter((s) => Object.keys(s.items).length + Object.keys(s.notes).length + Object.keys(s.quiz).length > 0);

const known = new Set<string>();
const readBack = (text: string) => {
  const result = importProgress(text, known);
  if (!result.ok) throw new Error(result.message);
  return result.state;
};

describe('transfer link', () => {
  it('1,000 random records survive export → import and link → import unchanged', () => {
    let linked = 0;
    fc.assert(
      fc.property(state, (s) => {
        expect(readBack(exportProgress(s))).toEqual(s);
        const link = transferLink(s, PAGE);
        if (!link.ok) return expect(link.length).toBeGreaterThan(TRANSFER_LINK_MAX);
        linked += 1;
        const decoded = decodeTransfer(new URL(link.url).hash);
        if (!decoded?.ok) throw new Error('link did not decode');
        expect(readBack(decoded.text)).toEqual(s);
      }),
      { numRuns: 1000 },
    );
    // Most random records fit in a link, so the link path is really exercised.
    expect(linked).toBeGreaterThan(500);
  });

  it('a record too large for a link says how long the link would be', () => {
    const big: ProgressState = {
      version: CURRENT_VERSION,
      items: {},
      notes: {
        testing: {
          text: Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join(''),
          at: '2026-12-01T00:00:00.000Z',
        },
      },
      quiz: {},
      exercises: {},
    };
    const link = transferLink(big, PAGE);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.length).toBeGreaterThan(TRANSFER_LINK_MAX);
  });

  it('other fragments are not transfers; damaged ones say so', () => {
    expect(decodeTransfer('#main')).toBeUndefined();
    expect(decodeTransfer('')).toBeUndefined();
    for (const bad of [`${TRANSFER_PREFIX}`, `${TRANSFER_PREFIX}***`, `${TRANSFER_PREFIX}AAAA`]) {
      const result = decodeTransfer(bad);
      expect(result?.ok).toBe(false);
      if (result && !result.ok) expect(result.message).toMatch(/damaged/);
    }
  });

  it('a link cut short never imports something else', () => {
    const s: ProgressState = {
      version: CURRENT_VERSION,
      items: { testing: { status: 'done', at: '2026-12-01T00:00:00.000Z' } },
      notes: {},
      quiz: {},
      exercises: {},
    };
    const link = transferLink(s, `${PAGE}#old`);
    expect(link.ok && link.url.startsWith(`${PAGE}${TRANSFER_PREFIX}`)).toBe(true);
    if (!link.ok) return;
    const cut = decodeTransfer(new URL(link.url.slice(0, -6)).hash);
    expect(cut?.ok).toBe(false);
  });
});
