/**
 * The pace planner: from the hours a learner can give each week and the estimated hours of what
 * is left, when each level and the whole roadmap would be done if they keep going in order.
 * Estimates are ranges, because people learn at different speeds: a guide, not a target.
 */
import { type ProgressState, statusOf } from './progress/model';

/** Estimates are given as this share of a topic's hours to this share. */
export const RANGE_LOW = 0.75;
export const RANGE_HIGH = 1.25;
/** A topic in progress counts as half done. */
const IN_PROGRESS_SHARE = 0.5;

export interface PlanItem {
  readonly id: string;
  readonly group: string;
  readonly hours: number;
}

export interface HoursRange {
  readonly low: number;
  readonly high: number;
}

/** "about 8–12 h" for a study-time estimate. */
export function hoursRange(hours: number): HoursRange {
  return { low: Math.max(1, Math.round(hours * RANGE_LOW)), high: Math.max(1, Math.round(hours * RANGE_HIGH)) };
}

export const formatRange = ({ low, high }: HoursRange): string =>
  low === high ? `about ${low} h` : `about ${low}–${high} h`;

export interface GroupPlan {
  readonly group: string;
  /** Hours left in this group, as a range. */
  readonly left: HoursRange;
  /** When the group would be finished, going in order: earliest and latest estimate. */
  readonly finish: { readonly earliest: Date; readonly latest: Date } | undefined;
}

const DAY_MS = 86_400_000;

function remaining(state: ProgressState, item: PlanItem): number {
  const status = statusOf(state, item.id);
  if (status === 'done' || status === 'skipped') return 0;
  return status === 'in-progress' ? item.hours * IN_PROGRESS_SHARE : item.hours;
}

/**
 * Plans the groups (levels) in the order their items come. A finished group has no finish date;
 * with no weekly hours (zero or less) nothing can be projected.
 */
export function planPace(
  items: readonly PlanItem[],
  state: ProgressState,
  hoursPerWeek: number,
  now: Date = new Date(),
): GroupPlan[] {
  if (!(hoursPerWeek > 0)) throw new RangeError('Hours per week must be more than zero.');
  const groups = [...new Set(items.map((i) => i.group))];
  let cumulative = 0;
  return groups.map((group) => {
    const left = items.filter((i) => i.group === group).reduce((sum, i) => sum + remaining(state, i), 0);
    cumulative += left;
    const at = (share: number) =>
      new Date(now.getTime() + Math.ceil(((cumulative * share) / hoursPerWeek) * 7) * DAY_MS);
    return {
      group,
      left: left === 0 ? { low: 0, high: 0 } : hoursRange(left),
      finish: left === 0 ? undefined : { earliest: at(RANGE_LOW), latest: at(RANGE_HIGH) },
    };
  });
}

/** "3 Mar 2027" in the learner's own locale format is left to the caller; this is the stable one. */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
