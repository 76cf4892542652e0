import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildComparison, ComparisonContentError, leadWith, type StackInput } from '../../src/lib/comparison';
import { aspectSchema, stackSchema } from '../../src/schemas/comparison';
import { ROOT, readSource } from './helpers';

const aspectsFile = join(ROOT, 'content/comparison/aspects.yaml');
const stacksDir = join(ROOT, 'content/comparison/stacks');

function realAspects() {
  const raw = load(readFileSync(aspectsFile, 'utf8'));
  if (!Array.isArray(raw)) throw new Error('aspects.yaml is not a list');
  return raw.map((a) => ({ filePath: aspectsFile, data: aspectSchema.parse(a) }));
}

function realStacks(): StackInput[] {
  return readdirSync(stacksDir).map((file) => {
    const path = join(stacksDir, file);
    return {
      id: file.replace(/\.mdx$/, ''),
      filePath: path,
      data: stackSchema.parse(readSource(path).frontmatter),
      entry: null,
    };
  });
}

describe('comparison table', () => {
  it('pivots the real content into 8 aspects by 3 stacks, in order, with the seed values', () => {
    const table = buildComparison(realAspects(), realStacks());
    expect(table.stacks.map((s) => s.data.name)).toEqual([
      'Java (Spring Boot)',
      'JavaScript (Express.js)',
      'Python (Flask/Django/FastAPI)',
    ]);
    expect(table.rows.map((r) => r.aspect.label)).toEqual([
      'Framework',
      'Language',
      'Speed',
      'Ease of Use',
      'Database Integration',
      'Community Support',
      'Asynchronous Support',
      'Use Cases',
    ]);
    expect(table.rows[2]?.cells).toEqual(['High', 'Moderate', 'Moderate to High (FastAPI excels)']);
    // Ratings sit beside the seed's words (src/lib/ratings.ts); other rows have none.
    expect(table.rows[2]?.ratings).toEqual([4, 2, 3]);
    expect(table.rows[0]?.ratings).toEqual([undefined, undefined, undefined]);
    expect(table.rows.every((r) => r.cells.every((c) => c.length > 0))).toBe(true);
  });

  it('adds a column when a stack file is added, with no code change', () => {
    const stacks = realStacks();
    const go = stacks[0] && {
      ...stacks[0],
      id: 'go',
      filePath: 'go.mdx',
      data: { ...stacks[0].data, name: 'Go (Gin)', order: 4 },
    };
    if (!go) throw new Error('no stacks');
    const table = buildComparison(realAspects(), [...stacks, go]);
    expect(table.stacks.at(-1)?.data.name).toBe('Go (Gin)');
    expect(table.rows[0]?.cells).toHaveLength(4);
  });

  it('rejects a stack missing a value, naming the file and field', () => {
    const [first, ...rest] = realStacks();
    if (!first) throw new Error('no stacks');
    const { speed: _dropped, ...values } = first.data.values;
    const broken = { ...first, filePath: 'content/comparison/stacks/java.mdx', data: { ...first.data, values } };
    expect(() => buildComparison(realAspects(), [broken, ...rest])).toThrow(
      'content/comparison/stacks/java.mdx: field "values.speed": missing a value for "Speed"',
    );
  });

  it('rejects a value for an unknown aspect and duplicate column orders', () => {
    const [first, second, ...rest] = realStacks();
    if (!first || !second) throw new Error('no stacks');
    const typo = {
      ...first,
      filePath: 'a.mdx',
      data: { ...first.data, values: { ...first.data.values, sped: 'Fast' } },
    };
    const clash = { ...second, filePath: 'b.mdx', data: { ...second.data, order: first.data.order } };
    try {
      buildComparison(realAspects(), [typo, clash, ...rest]);
      expect.unreachable('buildComparison accepted broken stacks');
    } catch (error) {
      expect(error).toBeInstanceOf(ComparisonContentError);
      expect(error instanceof ComparisonContentError && error.problems).toEqual([
        'b.mdx: field "order": 1 is already used by a.mdx',
        'a.mdx: field "values.sped": no aspect with this id',
      ]);
    }
  });

  it('rejects an empty cell through the schema', () => {
    const result = stackSchema.safeParse({ name: 'X', order: 1, values: { speed: '  ' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['values', 'speed']);
  });

  it('puts the stack a reader came for in the first column, moving its cells and ratings with it', () => {
    const table = buildComparison(realAspects(), realStacks());
    const led = leadWith(table, 'python');
    expect(led.stacks.map((s) => s.id)).toEqual(['python', 'java-spring-boot', 'javascript-express']);
    expect(led.rows[2]?.cells).toEqual(['Moderate to High (FastAPI excels)', 'High', 'Moderate']);
    expect(led.rows[2]?.ratings).toEqual([3, 4, 2]);
    expect(led.rows.map((r) => r.aspect.id)).toEqual(table.rows.map((r) => r.aspect.id));
    // The first stack already, or an unknown one, keeps the order.
    expect(leadWith(table, 'java-spring-boot')).toBe(table);
    expect(leadWith(table, 'cobol')).toBe(table);
  });
});
