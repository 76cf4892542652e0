/**
 * Which section of a lesson the reader is on, from where its headings sit in the viewport: the
 * rule behind the sidebar's "On this page" highlight (src/scripts/toc-spy.ts). Pure, so it is
 * tested without a browser.
 */

/** The top part of the viewport where a heading counts as "just started": a third of it. */
export const READING_ZONE = 0.34;

export interface SectionPositions {
  /** Each section heading's top edge relative to the viewport, in document order. */
  readonly tops: readonly number[];
  /** The viewport's height. */
  readonly viewport: number;
  /** The section the reader jumped to (a followed link), or -1: it stays current while on screen. */
  readonly pinned?: number;
  /** The page cannot scroll further: headings low on the last screen never reach the zone. */
  readonly atEnd?: boolean;
}

/**
 * The index of the current section, or -1 before the first one (the lesson's introduction).
 * A section whose heading is in the reading zone is current (the upper one if several are),
 * otherwise the last section whose heading has scrolled past the top is the one being read. At
 * the end of the page the last heading on screen is current, so the last sections get their turn.
 */
export function currentSection({ tops, viewport, pinned = -1, atEnd = false }: SectionPositions): number {
  const onScreen = (top: number | undefined) => top !== undefined && top >= 0 && top < viewport;
  if (onScreen(tops[pinned])) return pinned;
  if (atEnd && tops.some(onScreen)) return tops.findLastIndex(onScreen);
  const line = viewport * READING_ZONE;
  const starting = tops.findIndex((top) => top >= 0 && top <= line);
  if (starting !== -1) return starting;
  return tops.findLastIndex((top) => top < 0);
}

/** The section the reader jumped to, and whether its heading has reached the screen yet. */
export interface Pin {
  readonly index: number;
  readonly seen: boolean;
}

/**
 * The pin after another look at the page: kept while the page scrolls to it (smoothly, it may
 * take a moment), dropped once its heading has been on screen and left it.
 */
export function nextPin(pin: Pin, tops: readonly number[], viewport: number): Pin {
  const top = tops[pin.index];
  if (top === undefined) return { index: -1, seen: false };
  const shown = top >= 0 && top < viewport;
  if (shown) return { index: pin.index, seen: true };
  return pin.seen ? { index: -1, seen: false } : pin;
}

/** "Section 3 of 8", or nothing before the first section. */
export function sectionProgress(index: number, total: number): string {
  return index < 0 ? '' : `Section ${index + 1} of ${total}`;
}

/** The id a URL fragment names; a malformed escape (`#%E0%A4%A`) is taken as written. */
export function hashId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
