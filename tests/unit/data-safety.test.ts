import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  markChanged,
  markExported,
  markShown,
  metaKey,
  parseMeta,
  remindLater,
  serializeMeta,
  shouldRemind,
} from '../../src/lib/progress/reminder';
import { securityTxt } from '../../src/lib/security-txt';
import { criteria } from '../../src/lib/wcag';

const T0 = Date.UTC(2026, 11, 1);

describe('backup reminder record', () => {
  it('is namespaced by base path beside the progress key', () => {
    expect(metaKey('/repo/')).toBe('pbr-progress:/repo/:meta');
  });
  it('keeps only valid fields when read', () => {
    expect(parseMeta(null)).toEqual({});
    expect(parseMeta('{oops')).toEqual({});
    expect(parseMeta('[1]')).toEqual({});
    expect(
      parseMeta(JSON.stringify({ exportedAt: 5, changedAt: 'x', remindAfter: -1, shownAt: null, other: 1 })),
    ).toEqual({
      exportedAt: 5,
    });
    const meta = { exportedAt: 1, changedAt: 2, remindAfter: 3, shownAt: 4 };
    expect(parseMeta(serializeMeta(meta))).toEqual(meta);
  });
});

describe('when the reminder is due', () => {
  it('never without changes since the last export', () => {
    expect(shouldRemind({}, T0)).toBe(false);
    expect(shouldRemind({ exportedAt: T0 - 30 * DAY_MS }, T0)).toBe(false);
    expect(shouldRemind(markExported(markChanged({}, T0), T0 + 1), T0 + 30 * DAY_MS)).toBe(false);
  });
  it('with no export: a day after the first change, not on the first click', () => {
    const meta = markChanged({}, T0);
    expect(shouldRemind(meta, T0)).toBe(false);
    expect(shouldRemind(meta, T0 + DAY_MS - 1)).toBe(false);
    expect(shouldRemind(meta, T0 + DAY_MS)).toBe(true);
  });
  it('with an export: once it is seven days old and there are newer changes', () => {
    const meta = markChanged(markExported({}, T0), T0 + 1);
    expect(shouldRemind(meta, T0 + 7 * DAY_MS - 1)).toBe(false);
    expect(shouldRemind(meta, T0 + 7 * DAY_MS)).toBe(true);
  });
  it('the first change since an export is kept, later ones do not move it', () => {
    expect(markChanged(markChanged({}, T0), T0 + 5)).toEqual({ changedAt: T0 });
  });
  it('"remind me later" waits seven days; a shown reminder comes back at most daily', () => {
    const due = markChanged({}, T0);
    const now = T0 + 2 * DAY_MS;
    expect(shouldRemind(remindLater(due, now), now + 7 * DAY_MS - 1)).toBe(false);
    expect(shouldRemind(remindLater(due, now), now + 7 * DAY_MS)).toBe(true);
    expect(shouldRemind(markShown(due, now), now + DAY_MS - 1)).toBe(false);
    expect(shouldRemind(markShown(due, now), now + DAY_MS)).toBe(true);
  });
});

describe('security.txt', () => {
  const now = new Date(Date.UTC(2026, 11, 6, 15));
  it('has the RFC 9116 fields, expiring within a year', () => {
    const text = securityTxt({
      repository: 'https://github.com/o/r',
      canonical: 'https://o.github.io/r/.well-known/security.txt',
      home: 'https://o.github.io/r/',
      now,
    });
    expect(text).toContain('Contact: https://github.com/o/r/security/advisories/new\n');
    expect(text).toContain('Canonical: https://o.github.io/r/.well-known/security.txt\n');
    const expires = new Date(/^Expires: (.+)$/m.exec(text)?.[1] ?? '');
    expect(expires.getTime()).toBeGreaterThan(now.getTime());
    expect(expires.getTime() - now.getTime()).toBeLessThan(365 * DAY_MS);
  });
  it('falls back to the site as contact when the repository is unknown', () => {
    const text = securityTxt({ repository: undefined, canonical: 'c', home: 'https://x/', now });
    expect(text).toMatch(/^Contact: https:\/\/x\/$/m);
    expect(text).not.toContain('Policy:');
  });
});

describe('the accessibility statement lists every WCAG 2.2 A and AA criterion', () => {
  it('55 criteria, each once, with an explanation', () => {
    const ids = criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(criteria.filter((c) => c.level === 'A')).toHaveLength(31);
    expect(criteria.filter((c) => c.level === 'AA')).toHaveLength(24);
    expect(ids).not.toContain('4.1.1');
    for (const c of criteria) expect(c.how.length).toBeGreaterThan(10);
  });
});
