// What a callout keeps clear of, as boxes in screen (or picture) pixels: the map's symbols where the placement put them
// and drew them (src/lib/view/map/placement.ts), not boxes guessed from a label's anchor — a county label the
// placement moved off a park circle is avoided where it is, not where it would have been.
import type { Part } from '../view/map/placement.ts';
import type { Box } from './calloutPlace.ts';

/** A placed symbol as the map drew it: its centre ([lng, lat]) and its parts (px, around the centre). */
export interface DrawnSymbol {
  layer: string;
  position: readonly [number, number];
  parts: readonly Part[];
}

/**
 * Layers a callout keeps clear of: the labels and the symbols a reader looks for by name. Bubbles are left out: a
 * selection can draw a thousand of them, and a box that must miss all of them would leave its place far behind.
 */
export const AVOIDED_LAYERS: ReadonlySet<string> = new Set(['labels', 'park-units', 'green-parks']);

/**
 * The boxes of `symbols` (those of AVOIDED_LAYERS) in the pixels `project` gives (called with each symbol's index in
 * `symbols`, for a caller that projected them all at once). `labelGrowth` is how many times
 * larger than placed the labels are drawn (a picture draws them larger than the screen: captureMap.ts); circles keep
 * their pixel radius.
 */
export function symbolBoxes(
  symbols: readonly DrawnSymbol[],
  project: (lngLat: readonly [number, number], index: number) => [number, number],
  labelGrowth = 1,
): Box[] {
  const out: Box[] = [];
  for (const [i, s] of symbols.entries()) {
    if (!AVOIDED_LAYERS.has(s.layer)) continue;
    const [x, y] = project(s.position, i);
    for (const p of s.parts) {
      if (p.kind === 'circle') out.push({ x: x + p.dx - p.r, y: y + p.dy - p.r, width: 2 * p.r, height: 2 * p.r });
      else {
        const w = p.w * labelGrowth;
        const h = p.h * labelGrowth;
        out.push({ x: x + p.dx * labelGrowth - w / 2, y: y + p.dy * labelGrowth - h / 2, width: w, height: h });
      }
    }
  }
  return out;
}
