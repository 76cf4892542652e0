/**
 * The roadmap's items as the page's JSON data block (`#roadmap-data`, written by
 * RoadmapData.astro): titles, links, levels and hours that the workspace scripts need. A data
 * block is never shown or run, so it adds nothing to pages read without JavaScript.
 */
export interface ItemInfo {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly level: string;
  readonly levelTitle: string;
  readonly hours: number;
  readonly kind: 'topic' | 'project';
}

let cached: ItemInfo[] | undefined;

export function roadmapItems(): ItemInfo[] {
  if (cached) return cached;
  try {
    cached = JSON.parse(document.getElementById('roadmap-data')?.textContent ?? '[]') as ItemInfo[];
  } catch {
    cached = [];
  }
  return cached;
}
