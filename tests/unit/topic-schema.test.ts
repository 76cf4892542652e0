import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../src/schemas/topic';
import { FIXTURES_DIR, readSource, topicFiles } from './helpers';

const fixture = (name: string) => readSource(join(FIXTURES_DIR, 'topics', `${name}.mdx`)).frontmatter;

/** The first issue's field path, as Astro reports it ("level", "resources.2.url"). */
function failingField(name: string): string {
  const result = topicSchema.safeParse(fixture(name));
  if (result.success) throw new Error(`fixture ${name} unexpectedly passed the schema`);
  return result.error.issues.map((i) => i.path.join('.')).join(', ');
}

describe('topic schema', () => {
  it('accepts every real topic file', () => {
    const files = topicFiles();
    expect(files.length).toBe(22);
    for (const file of files) {
      const result = topicSchema.safeParse(readSource(file).frontmatter);
      expect(result.error?.issues ?? [], file).toEqual([]);
    }
  });

  it('accepts the valid fixture and fills defaults', () => {
    const data = topicSchema.parse(fixture('valid'));
    expect(data.level).toBe('intermediate');
    expect(data.technologies).toEqual(['python', 'pytest']);
  });

  it.each([
    ['unknown-level', 'level'],
    ['empty-title', 'title'],
    ['missing-title', 'title'],
    ['unknown-technology', 'technologies.1'],
    ['http-resource', 'resources.2.url'],
    ['unknown-resource-kind', 'resources.2.kind'],
    ['too-few-outcomes', 'outcomes'],
  ])('rejects %s, naming the field %s', (name, field) => {
    expect(failingField(name)).toBe(field);
  });
});
