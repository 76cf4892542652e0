import { describe, expect, it } from 'vitest';
import { changeSchema } from '../../src/schemas/change';

const valid = {
  id: '2026-11-28-further-sections',
  date: '2026-11-28',
  title: 'New sections',
  summary: 'Every lesson gained sections beyond the seed.',
  links: [{ label: 'Classes', href: '/basic/learn-python-basics/#classes-and-dataclasses' }],
};

describe("What's new entries", () => {
  it('accept a dated entry with root-relative links', () => {
    expect(changeSchema.parse(valid).date.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('reject an id without its date, an external or relative link, and a bare summary', () => {
    const issues = (data: object) =>
      changeSchema.safeParse({ ...valid, ...data }).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ id: 'further-sections' })).toEqual(['id']);
    expect(issues({ links: [{ label: 'x', href: 'https://example.com/' }] })).toEqual(['links.0.href']);
    expect(issues({ links: [{ label: 'x', href: 'basic/' }] })).toEqual(['links.0.href']);
    expect(issues({ summary: 'Short.' })).toEqual(['summary']);
  });
});
