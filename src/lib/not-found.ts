/**
 * "Did you mean …?" for the 404 page. GitHub Pages serves 404.html at whatever address was
 * asked for, so the page's script knows the wrong path; this picks the page the reader most
 * likely meant from the site's real pages, with no network and no guess when nothing is close:
 *   1. the same path in another letter case (`/BASIC/` → `/basic/`);
 *   2. the same page name under another parent (`/basic/testing/` → `/intermediate/testing/`);
 *   3. a page name a small typo away (`/basic/learn-pyton-basics/`), nearest first.
 * Within a step, a page under the same parent wins, then the earlier candidate. It runs in the
 * browser on the 404 page only, so it is written to stay a few hundred bytes.
 */

/**
 * The segments of a site path below the base, lower case, without `index.html` or `.html`,
 * empty segments, query or fragment: `/REPO/Basic//Testing.html?x` → `['basic', 'testing']`.
 */
function segments(pathname: string, base: string): string[] {
  let path = pathname.replace(/[?#].*/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: match on the raw text.
  }
  const parts = path.toLowerCase().split('/').filter(Boolean);
  const prefix = base.toLowerCase().split('/').filter(Boolean);
  if (prefix.every((part, i) => parts[i] === part)) parts.splice(0, prefix.length);
  const last = (parts.pop() ?? '').replace(/^index\.html$|\.html$/, '');
  if (last) parts.push(last);
  return parts;
}

/** A site path relative to the base in one form (`basic/testing/`; the home page is `''`). */
export function normalizeSitePath(pathname: string, base: string): string {
  return segments(pathname, base)
    .map((part) => `${part}/`)
    .join('');
}

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbouring
 * letters as one edit each (optimal string alignment), so `basci` is one edit from `basic`.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  const at = (i: number, j: number): number => (i === 0 ? j : j === 0 ? i : (rows[i]?.[j] ?? 0));
  for (let i = 1; i <= a.length; i += 1) {
    const row: number[] = [];
    rows[i] = row;
    for (let j = 1; j <= b.length; j += 1) {
      const swapped = a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      row[j] = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + Number(a[i - 1] !== b[j - 1]),
        swapped ? at(i - 2, j - 2) + 1 : Number.POSITIVE_INFINITY,
      );
    }
  }
  return at(a.length, b.length);
}

/** How many edits a page name of this length may be away: 1 up to 5 letters, 2 up to 8, then 3. */
export function typoAllowance(length: number): number {
  return Math.min(3, Math.floor(length / 3));
}

/**
 * The candidate page the reader most likely meant by `requested`, or `undefined`. Both are
 * pathnames as the browser has them (with the base); the answer is one of `candidates` as given,
 * so it can be used as a link.
 */
export function suggestPage(requested: string, candidates: readonly string[], base: string): string | undefined {
  const wanted = segments(requested, base);
  const name = wanted.pop() ?? '';
  const parent = wanted.join('/');
  const allowance = typoAllowance(name.length);
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const parts = segments(candidate, base);
    const candidateName = parts.pop() ?? '';
    const sameParent = parts.join('/') === parent;
    // Steps 1, 2 and 3 as -2, -1 and the number of edits; each step halved by the parent.
    const step =
      candidateName === name && sameParent
        ? -2
        : candidateName === '' || name === ''
          ? Number.POSITIVE_INFINITY
          : candidateName === name
            ? -1
            : editDistance(name, candidateName);
    const score = step * 2 + Number(!sameParent);
    if (step <= allowance && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
