/**
 * "Share my progress": a card image made in the browser from the learner's own statuses (levels,
 * topics done, the topic in progress), as SVG text with its alt text. Nothing here touches the
 * network or storage: the caller passes the items and the state. Colours are fixed (the card is
 * an image, shown the same in light and dark) and every text colour has at least 4.5:1 contrast
 * with the card's background (tested).
 */
import { type ProgressState, statusOf } from './progress/model';

/** What the card needs to know of one roadmap item. */
export interface CardItem {
  readonly id: string;
  readonly title: string;
  /** The level's short label, e.g. "Basic". */
  readonly levelTitle: string;
  readonly kind: 'topic' | 'project';
}

export interface CardSummary {
  readonly levels: readonly { readonly title: string; readonly done: number; readonly total: number }[];
  readonly topicsDone: number;
  readonly topics: number;
  readonly projectsDone: number;
  readonly projects: number;
  /** The topic being learnt: the latest set "in progress", else the last one visited, if not done. */
  readonly current: string | undefined;
}

/** Counts what the learner has marked, level by level, in roadmap order. */
export function summarize(items: readonly CardItem[], state: ProgressState): CardSummary {
  const topics = items.filter((i) => i.kind === 'topic');
  const projects = items.filter((i) => i.kind === 'project');
  const isDone = (i: CardItem) => statusOf(state, i.id) === 'done';
  const levels = [...new Set(topics.map((t) => t.levelTitle))].map((title) => {
    const own = topics.filter((t) => t.levelTitle === title);
    return { title, done: own.filter(isDone).length, total: own.length };
  });
  const inProgress = topics
    .filter((t) => statusOf(state, t.id) === 'in-progress')
    .sort((a, b) => (state.items[b.id]?.at ?? '').localeCompare(state.items[a.id]?.at ?? ''));
  const last = topics.find((t) => t.id === state.last?.id && !isDone(t));
  return {
    levels,
    topicsDone: topics.filter(isDone).length,
    topics: topics.length,
    projectsDone: projects.filter(isDone).length,
    projects: projects.length,
    current: (inProgress[0] ?? last)?.title,
  };
}

/** The card's colours; the test checks each text colour against the background. */
export const CARD_COLORS = {
  background: '#ffffff',
  text: '#14213d',
  muted: '#4b5563',
  accent: '#1d4ed8',
  track: '#dbe3f0',
} as const;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => XML[c] ?? c);
/** Keeps a title to one line of the card. */
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The card's text alternative: everything the image says, in one paragraph. */
export function cardAlt(s: CardSummary, site: string): string {
  const levels = s.levels.map((l) => `${l.title} ${l.done} of ${l.total}`).join(', ');
  const current = s.current ? ` Now learning: ${s.current}.` : '';
  return `Python Backend Roadmap progress card, self-reported: ${s.topicsDone} of ${s.topics} topics done (${levels}); ${s.projectsDone} of ${s.projects} projects done.${current} ${site}`;
}

/** The card as a standalone SVG document (1200×630, the usual link-preview size). */
export function cardSvg(s: CardSummary, { site, date }: { site: string; date: string }): string {
  const c = CARD_COLORS;
  const font = "font-family='system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif'";
  const barWidth = 640;
  const rows = s.levels
    .map((l, i) => {
      const y = 300 + i * 62;
      const filled = l.total === 0 ? 0 : Math.round((barWidth * l.done) / l.total);
      return `<text x='80' y='${y + 24}' font-size='30' fill='${c.text}'>${esc(clip(l.title, 16))}</text>
<rect x='330' y='${y}' width='${barWidth}' height='30' rx='15' fill='${c.track}'/>
<rect x='330' y='${y}' width='${filled}' height='30' rx='15' fill='${c.accent}'/>
<text x='1120' y='${y + 24}' font-size='30' fill='${c.text}' text-anchor='end'>${l.done}/${l.total}</text>`;
    })
    .join('\n');
  const current = s.current
    ? `<text x='80' y='520' font-size='30' fill='${c.text}'>Now learning: ${esc(clip(s.current, 48))}</text>`
    : '';
  return `<svg xmlns='http://www.w3.org/2000/svg' width='${CARD_WIDTH}' height='${CARD_HEIGHT}' viewBox='0 0 ${CARD_WIDTH} ${CARD_HEIGHT}' role='img' ${font}>
<rect width='100%' height='100%' fill='${c.background}'/>
<rect x='0' y='0' width='${CARD_WIDTH}' height='14' fill='${c.accent}'/>
<text x='80' y='100' font-size='40' font-weight='700' fill='${c.text}'>Python Backend Roadmap</text>
<text x='80' y='150' font-size='28' fill='${c.muted}'>My progress, self-reported</text>
<text x='80' y='240' font-size='64' font-weight='700' fill='${c.text}'>${s.topicsDone} of ${s.topics} topics done</text>
<text x='1120' y='240' font-size='30' fill='${c.muted}' text-anchor='end'>${s.projectsDone} of ${s.projects} projects</text>
${rows}
${current}
<text x='80' y='590' font-size='24' fill='${c.muted}'>Marked by me in my browser on ${esc(date)} · ${esc(site)}</text>
</svg>`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
