import { describe, expect, it } from 'vitest';
import { currentSection, nextPin, READING_ZONE, sectionProgress } from '../../src/lib/toc-spy';

const viewport = 900;
const line = viewport * READING_ZONE;

describe('the section being read', () => {
  it('is none while the reader is still above the first heading (the introduction)', () => {
    expect(currentSection({ tops: [500, 1400, 2300], viewport })).toBe(-1);
  });

  it('is the section whose heading has just entered the top third of the screen', () => {
    expect(currentSection({ tops: [-800, line - 1, 1100], viewport })).toBe(1);
  });

  it('stays on the section scrolled past while the next heading is still low on the screen', () => {
    expect(currentSection({ tops: [-1200, -300, line + 50], viewport })).toBe(1);
  });

  it('picks the upper heading when a short section puts two headings in the reading zone', () => {
    expect(currentSection({ tops: [-900, 16, 180], viewport })).toBe(1);
  });

  it('keeps the section the reader jumped to while its heading is on screen', () => {
    expect(currentSection({ tops: [-900, 100, 250, 700], viewport, pinned: 3 })).toBe(3);
  });

  it('lets go of the jumped-to section once its heading has left the screen', () => {
    expect(currentSection({ tops: [-900, -400, 100], viewport, pinned: 1 })).toBe(2);
  });

  it('ignores a pinned index that names no section', () => {
    expect(currentSection({ tops: [-900, 100], viewport, pinned: 7 })).toBe(1);
  });

  it('is the last heading on screen once the page cannot scroll further', () => {
    expect(currentSection({ tops: [-900, 400, 700], viewport, atEnd: true })).toBe(2);
  });

  it('still follows the reading zone at the end of a page whose last heading has scrolled past', () => {
    expect(currentSection({ tops: [-900, -100], viewport, atEnd: true })).toBe(1);
  });

  it('prefers the section the reader jumped to over the end-of-page rule', () => {
    expect(currentSection({ tops: [-900, 400, 700], viewport, pinned: 1, atEnd: true })).toBe(1);
  });

  it('is the last section once every heading has scrolled past', () => {
    expect(currentSection({ tops: [-3000, -2000, -10], viewport })).toBe(2);
  });

  it('is none for a page without sections', () => {
    expect(currentSection({ tops: [], viewport })).toBe(-1);
  });
});

describe('the section the reader jumped to', () => {
  it('stays pinned while the page is still scrolling towards it', () => {
    expect(nextPin({ index: 2, seen: false }, [100, 900, 2400], viewport)).toEqual({ index: 2, seen: false });
  });

  it('is marked as seen once its heading is on screen', () => {
    expect(nextPin({ index: 2, seen: false }, [-1400, -500, 16], viewport)).toEqual({ index: 2, seen: true });
  });

  it('is let go once its heading has been on screen and left it', () => {
    expect(nextPin({ index: 2, seen: true }, [-3000, -2000, -600], viewport)).toEqual({ index: -1, seen: false });
  });

  it('is nothing when the link named no section', () => {
    expect(nextPin({ index: -1, seen: false }, [100, 900], viewport)).toEqual({ index: -1, seen: false });
  });
});

describe('section progress text', () => {
  it('counts from one', () => {
    expect(sectionProgress(2, 8)).toBe('Section 3 of 8');
  });

  it('says nothing before the first section', () => {
    expect(sectionProgress(-1, 8)).toBe('');
  });
});
