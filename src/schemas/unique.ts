import type { z } from 'astro/zod';

/**
 * Reports each item whose `key` repeats an earlier item's, at `[...at, index, key]`: the one rule
 * behind "duplicate question id", "duplicate exercise id" and "duplicate check name".
 */
export function reportDuplicates<T, K extends keyof T & string>(
  items: readonly T[],
  key: K,
  at: readonly (string | number)[],
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    if (seen.has(item[key]))
      ctx.addIssue({ code: 'custom', path: [...at, i, key], message: `duplicate ${what} "${String(item[key])}"` });
    seen.add(item[key]);
  });
}
