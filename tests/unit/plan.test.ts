import { describe, expect, it } from 'vitest';
import { formatDate, formatRange, hoursRange, planPace } from '../../src/lib/plan';
import { emptyProgress, setStatus } from '../../src/lib/progress/model';

const now = new Date('2027-01-04T00:00:00.000Z');
const items = [
  { id: 'a', group: 'basic', hours: 10 },
  { id: 'b', group: 'basic', hours: 10 },
  { id: 'c', group: 'intermediate', hours: 20 },
];

describe('pace planner', () => {
  it('words estimates as ranges', () => {
    expect(hoursRange(10)).toEqual({ low: 8, high: 13 });
    expect(formatRange(hoursRange(10))).toBe('about 8–13 h');
    expect(formatRange({ low: 1, high: 1 })).toBe('about 1 h');
  });

  it('projects each level in order from the hours left and the weekly hours', () => {
    const [basic, intermediate] = planPace(items, emptyProgress(), 10, now);
    // Basic: 20 h at 10 h a week is 2 weeks, give or take 25%.
    expect(basic?.left).toEqual({ low: 15, high: 25 });
    expect(basic?.finish?.earliest.toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(basic?.finish?.latest.toISOString()).toBe('2027-01-22T00:00:00.000Z');
    // Intermediate comes after basic: 40 h in all, 4 weeks.
    expect(intermediate?.finish?.earliest.toISOString()).toBe('2027-01-25T00:00:00.000Z');
    expect(intermediate?.finish?.latest.toISOString()).toBe('2027-02-08T00:00:00.000Z');
  });

  it('leaves out done and skipped topics and halves those in progress', () => {
    let state = setStatus(emptyProgress(), 'a', 'done', now);
    state = setStatus(state, 'b', 'skipped', now);
    state = setStatus(state, 'c', 'in-progress', now);
    const [basic, intermediate] = planPace(items, state, 5, now);
    expect(basic).toEqual({ group: 'basic', left: { low: 0, high: 0 }, finish: undefined });
    expect(intermediate?.left).toEqual(hoursRange(10));
  });

  it('refuses zero hours a week', () => {
    expect(() => planPace(items, emptyProgress(), 0, now)).toThrow(RangeError);
  });

  it('formats dates the same on every machine', () => {
    expect(formatDate(new Date('2027-03-05T23:30:00.000Z'))).toBe('5 Mar 2027');
  });
});
