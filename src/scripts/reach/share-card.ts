/**
 * The progress card itself (src/lib/share-card.ts), drawn from the learner's statuses in this
 * browser and redrawn when they change: an SVG image with its alt text shown beside it (to
 * paste when posting), a download of the SVG, and a PNG made through a canvas where the browser
 * allows it. Nothing is uploaded; the images are data and blob URLs on this page.
 */
import { formatDate } from '../../lib/plan';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardSvg, summarize } from '../../lib/share-card';
import { h } from '../dom';
import { roadmapItems } from '../workspace/data';
import { subscribe } from '../workspace/store';

const started = new WeakSet<HTMLElement>();
const FILE = 'python-backend-roadmap-progress';

/** Draws the SVG on a canvas and returns a PNG object URL, or undefined where the browser refuses. */
async function toPng(svgUrl: string): Promise<string | undefined> {
  try {
    const image = new Image(CARD_WIDTH, CARD_HEIGHT);
    image.src = svgUrl;
    await image.decode();
    const canvas = h('canvas', { width: String(CARD_WIDTH), height: String(CARD_HEIGHT) });
    canvas.getContext('2d')?.drawImage(image, 0, 0, CARD_WIDTH, CARD_HEIGHT);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? URL.createObjectURL(blob) : undefined;
  } catch {
    // A tainted canvas or an SVG the browser will not decode: the SVG download still works.
    return undefined;
  }
}

export function start(panel: HTMLElement): void {
  if (started.has(panel)) return;
  started.add(panel);
  const img = h('img', { width: String(CARD_WIDTH / 2), height: String(CARD_HEIGHT / 2), alt: '' });
  const description = h('span', { 'data-share-alt': '' });
  const svgLink = h('a', { class: 'button', download: `${FILE}.svg` }, 'Download SVG');
  const pngLink = h('a', { class: 'button', download: `${FILE}.png`, hidden: true }, 'Download PNG');
  panel.append(
    h(
      'figure',
      {},
      img,
      h('figcaption', {}, 'Image description, to paste as alt text when you post it: ', description),
    ),
    h('p', { class: 'share-actions' }, svgLink, ' ', pngLink),
    h(
      'p',
      { class: 'muted' },
      'Made in your browser from the statuses you set here; nothing is uploaded. The card says it is self-reported.',
    ),
  );
  const site = `${location.host}${import.meta.env.BASE_URL}`;
  let png: string | undefined;
  subscribe((state) => {
    const summary = summarize(roadmapItems(), state);
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(cardSvg(summary, { site, date: formatDate(new Date()) }))}`;
    img.src = url;
    img.alt = cardAlt(summary, site);
    description.textContent = img.alt;
    svgLink.href = url;
    void toPng(url).then((next) => {
      if (png) URL.revokeObjectURL(png);
      png = next;
      pngLink.hidden = !next;
      if (next) pngLink.href = next;
    });
  });
}
