/**
 * Pivots the comparison collections into a table: aspects are rows, stacks are columns. Adding a
 * stack or an aspect is a content edit; a stack missing a value, or giving one for an unknown
 * aspect, fails the build naming its file.
 */
import type { AspectData, StackData } from '../schemas/comparison';
import { contentPath } from './content-root';
import { type RatingLevel, ratingLevel } from './ratings';

export interface AspectInput {
  readonly filePath: string;
  readonly data: AspectData;
}

export interface StackInput<Entry = unknown> {
  readonly id: string;
  readonly filePath: string;
  readonly data: StackData;
  /** The collection entry, passed through so the page can render the stack's MDX body. */
  readonly entry: Entry;
}

export interface ComparisonRow {
  readonly aspect: AspectData;
  /** One cell per stack, in column order: the seed's text, verbatim. */
  readonly cells: readonly string[];
  /** Each cell's place on the aspect's rating scale (src/lib/ratings.ts), if it is a rating. */
  readonly ratings: readonly (RatingLevel | undefined)[];
}

export interface Comparison<Entry = unknown> {
  readonly stacks: readonly StackInput<Entry>[];
  readonly aspects: readonly AspectData[];
  readonly rows: readonly ComparisonRow[];
}

export class ComparisonContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid comparison content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ComparisonContentError';
  }
}

function duplicateOrders<T extends { filePath: string; data: { order: number } }>(items: readonly T[]): string[] {
  const seen = new Map<number, string>();
  const problems: string[] = [];
  for (const item of items) {
    const other = seen.get(item.data.order);
    if (other) problems.push(`${item.filePath}: field "order": ${item.data.order} is already used by ${other}`);
    else seen.set(item.data.order, item.filePath);
  }
  return problems;
}

export function buildComparison<Entry>(
  aspectInputs: readonly AspectInput[],
  stackInputs: readonly StackInput<Entry>[],
): Comparison<Entry> {
  const aspects = [...aspectInputs].sort((a, b) => a.data.order - b.data.order).map((a) => a.data);
  const stacks = [...stackInputs].sort((a, b) => a.data.order - b.data.order);
  const aspectIds = new Set(aspects.map((a) => a.id));

  const problems = [...duplicateOrders(aspectInputs), ...duplicateOrders(stackInputs)];
  if (aspects.length === 0) problems.push(`${contentPath('comparison/aspects.yaml')}: no aspects`);
  if (stacks.length === 0) problems.push(`${contentPath('comparison/stacks')}: no stacks`);
  for (const stack of stacks) {
    for (const aspect of aspects) {
      if (!(aspect.id in stack.data.values)) {
        problems.push(`${stack.filePath}: field "values.${aspect.id}": missing a value for "${aspect.label}"`);
      }
    }
    for (const key of Object.keys(stack.data.values)) {
      if (!aspectIds.has(key)) problems.push(`${stack.filePath}: field "values.${key}": no aspect with this id`);
    }
  }
  if (problems.length > 0) throw new ComparisonContentError(problems);

  const rows = aspects.map((aspect) => {
    const cells = stacks.map((stack) => stack.data.values[aspect.id] ?? '');
    return { aspect, cells, ratings: cells.map((cell) => ratingLevel(aspect.id, cell)) };
  });
  return { stacks, aspects, rows };
}

/**
 * The same comparison with one stack's column first (cells and ratings moved with it): the stack a
 * reader came for sits beside the aspect column, in view on a phone without scrolling sideways.
 * An unknown id leaves the order as it is.
 */
export function leadWith<Entry>(comparison: Comparison<Entry>, id: string): Comparison<Entry> {
  const at = comparison.stacks.findIndex((stack) => stack.id === id);
  if (at <= 0) return comparison;
  const lead = <T>(items: readonly T[]): T[] => [items[at] as T, ...items.filter((_, i) => i !== at)];
  return {
    ...comparison,
    stacks: lead(comparison.stacks),
    rows: comparison.rows.map((row) => ({ ...row, cells: lead(row.cells), ratings: lead(row.ratings) })),
  };
}
