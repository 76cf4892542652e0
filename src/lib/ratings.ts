/**
 * Which comparison cells are ratings, and where their words sit on a four-step scale. The page
 * draws the level as dots beside the seed's words, which stay exactly as written; the dots are
 * decoration for scanning a row, the words carry the meaning. A word outside an aspect's scale
 * gets no dots rather than a guess, so a content edit can never show a wrong level.
 */

/** A position on a rating scale, 1 (least) to 4 (most). */
export type RatingLevel = 1 | 2 | 3 | 4;

/** The number of steps every scale has. */
export const RATING_STEPS = 4;

/**
 * Each rated aspect's words from least to most of the quality the aspect names: slower to
 * faster, harder to easier, smaller to larger, weaker to stronger async support. Keys are aspect
 * ids from content/comparison/aspects.yaml. "Moderate to High" and "Easy to Moderate" are the
 * seed's in-between words, hence four steps.
 */
export const ratingScales = {
  speed: ['Low', 'Moderate', 'Moderate to High', 'High'],
  'ease-of-use': ['Hard', 'Moderate', 'Easy to Moderate', 'Easy'],
  'community-support': ['Small', 'Medium', 'Medium to Large', 'Large'],
  'async-support': ['None', 'Limited', 'Moderate', 'Strong'],
} as const satisfies Record<string, readonly [string, string, string, string]>;

export type RatedAspect = keyof typeof ratingScales;

function isRatedAspect(id: string): id is RatedAspect {
  return Object.hasOwn(ratingScales, id);
}

function isRatingLevel(value: number): value is RatingLevel {
  return Number.isInteger(value) && value >= 1 && value <= RATING_STEPS;
}

/**
 * The rating word of a cell: its text before any parenthesised note, so "Moderate to High
 * (FastAPI excels)" rates as "Moderate to High".
 */
export function ratingWord(cell: string): string {
  return cell.replace(/\s*\(.*$/s, '').trim();
}

/**
 * The level of a cell in an aspect's scale, or `undefined` when the aspect is not a rating
 * (Framework, Language...) or the word is not on its scale. Matching ignores letter case only.
 */
export function ratingLevel(aspectId: string, cell: string): RatingLevel | undefined {
  if (!isRatedAspect(aspectId)) return undefined;
  const word = ratingWord(cell).toLowerCase();
  const index = ratingScales[aspectId].findIndex((step) => step.toLowerCase() === word);
  const level = index + 1;
  return isRatingLevel(level) ? level : undefined;
}
