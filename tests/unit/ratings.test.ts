import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratingLevel, ratingScales, ratingWord } from '../../src/lib/ratings';
import { stackSchema } from '../../src/schemas/comparison';
import { ROOT, readSource } from './helpers';

const stacksDir = join(ROOT, 'content/comparison/stacks');

/** Every stack's values as the seed gives them. */
function seedValues(): Record<string, string>[] {
  return readdirSync(stacksDir).map((file) => stackSchema.parse(readSource(join(stacksDir, file)).frontmatter).values);
}

describe('comparison ratings', () => {
  it('places every rating word of the seed on its aspect’s four-step scale', () => {
    const rated = Object.keys(ratingScales);
    const levels = seedValues().map((values) =>
      Object.fromEntries(rated.map((aspect) => [aspect, ratingLevel(aspect, values[aspect] ?? '')])),
    );
    expect(levels).toEqual(
      expect.arrayContaining([
        // Java (Spring Boot)
        { speed: 4, 'ease-of-use': 2, 'community-support': 4, 'async-support': 2 },
        // JavaScript (Express.js)
        { speed: 2, 'ease-of-use': 4, 'community-support': 4, 'async-support': 4 },
        // Python (Flask/Django/FastAPI)
        { speed: 3, 'ease-of-use': 3, 'community-support': 4, 'async-support': 4 },
      ]),
    );
    expect(levels).toHaveLength(3);
  });

  it('rates a cell by its words before a parenthesised note', () => {
    expect(ratingWord('Moderate to High (FastAPI excels)')).toBe('Moderate to High');
    expect(ratingWord('Limited (compared to Node.js)')).toBe('Limited');
    expect(ratingLevel('speed', 'Moderate to High (FastAPI excels)')).toBe(3);
    expect(ratingLevel('ease-of-use', 'Moderate (steeper learning curve)')).toBe(2);
    expect(ratingLevel('async-support', 'Strong (FastAPI, asyncio)')).toBe(4);
  });

  it('ignores letter case but nothing else', () => {
    expect(ratingLevel('speed', 'high')).toBe(4);
    expect(ratingLevel('speed', 'Highest')).toBeUndefined();
    expect(ratingLevel('speed', 'Moderate-to-High')).toBeUndefined();
  });

  it('gives no level to an unknown word rather than a guess', () => {
    expect(ratingLevel('speed', 'Blazing')).toBeUndefined();
    expect(ratingLevel('ease-of-use', 'Fairly easy')).toBeUndefined();
    expect(ratingLevel('community-support', '')).toBeUndefined();
  });

  it('gives no level to aspects that are not ratings, even for a rating word', () => {
    expect(ratingLevel('framework', 'High')).toBeUndefined();
    expect(ratingLevel('language', 'Python')).toBeUndefined();
    expect(ratingLevel('use-cases', 'Strong')).toBeUndefined();
    expect(ratingLevel('toString', 'High')).toBeUndefined();
  });

  it('keeps every scale at four distinct steps', () => {
    for (const steps of Object.values(ratingScales)) {
      expect(new Set(steps.map((s) => s.toLowerCase())).size).toBe(4);
    }
  });
});
