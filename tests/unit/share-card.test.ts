import { describe, expect, it } from 'vitest';
import { emptyProgress, setStatus } from '../../src/lib/progress/model';
import { CARD_COLORS, type CardItem, cardAlt, cardSvg, contrast, summarize } from '../../src/lib/share-card';

const items: CardItem[] = [
  { id: 'python', title: 'Learn Python', levelTitle: 'Basic', kind: 'topic' },
  { id: 'git', title: 'Git & <GitHub>', levelTitle: 'Basic', kind: 'topic' },
  { id: 'async', title: 'Async', levelTitle: 'Advanced', kind: 'topic' },
  { id: 'project:cli', title: 'A CLI', levelTitle: 'Basic', kind: 'project' },
];

describe('the progress card', () => {
  it('counts done topics per level and projects, and names the latest topic in progress', () => {
    let state = setStatus(emptyProgress(), 'python', 'done', new Date('2026-12-01'));
    state = setStatus(state, 'async', 'in-progress', new Date('2026-12-02'));
    state = setStatus(state, 'git', 'in-progress', new Date('2026-12-03'));
    state = setStatus(state, 'project:cli', 'done', new Date('2026-12-03'));
    expect(summarize(items, state)).toEqual({
      levels: [
        { title: 'Basic', done: 1, total: 2 },
        { title: 'Advanced', done: 0, total: 1 },
      ],
      topicsDone: 1,
      topics: 3,
      projectsDone: 1,
      projects: 1,
      current: 'Git & <GitHub>',
    });
  });

  it('falls back to the last page visited, unless that topic is done, and to nothing', () => {
    const visited = { ...emptyProgress(), last: { id: 'async', at: '2026-12-01T00:00:00Z' } };
    expect(summarize(items, visited).current).toBe('Async');
    expect(summarize(items, setStatus(visited, 'async', 'done')).current).toBeUndefined();
  });

  it('says it is self-reported, in the image and in its alt text, and escapes titles', () => {
    const summary = summarize(items, setStatus(emptyProgress(), 'git', 'in-progress'));
    const svg = cardSvg(summary, { site: 'u.github.io/r/', date: '6 Dec 2026' });
    expect(svg).toContain('self-reported');
    expect(svg).toContain('Now learning: Git &amp; &lt;GitHub&gt;');
    expect(svg).not.toContain('<GitHub>');
    expect(cardAlt(summary, 'u.github.io/r/')).toBe(
      'Python Backend Roadmap progress card, self-reported: 0 of 3 topics done (Basic 0 of 2, Advanced 0 of 1); 0 of 1 projects done. Now learning: Git & <GitHub>. u.github.io/r/',
    );
  });

  it('draws every text colour at 4.5:1 or more against the background', () => {
    for (const colour of [CARD_COLORS.text, CARD_COLORS.muted, CARD_COLORS.accent])
      expect(contrast(colour, CARD_COLORS.background), colour).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
