// What a callout keeps clear of, as boxes in screen (or picture) pixels: the map's symbols where the placement put them
// and drew them (src/lib/view/map/placement.ts), not boxes guessed from a label's anchor — a county label the
// placement moved off a park circle is avoided where it is, not where it would have been.
import type { Part } from '../view/map/placement.ts';
import type { Box } from './calloutPlace.ts';
import { LINE_HEIGHT } from '../view/map/labelRows.ts';

/** A placed symbol as the map drew it: its centre ([lng, lat]) and its parts (px, around the centre). */
export interface DrawnSymbol {
  /** The placement's key: `label:<county code>` for a county's label. */
  key?: string;
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

/** One row of a map label as a labels layer draws it: its label's key and centre (px), its text, size and offset. */
export interface LabelRowAt {
  key: string;
  at: readonly [number, number];
  text: string;
  sizePx: number;
  /** The row's centre below the label's centre at size 1, px (labelRows.ts). */
  dy: number;
}

/** The halo adds this many px each side of a row (stackLines' default). */
const HALO_PX = 2;

/**
 * The boxes of label rows as drawn at `scale` (the layer's sizeScale: rows and their offsets grow together), each as
 * wide as `measure` says its text is at its drawn size, plus the halo: the text where the picture has it, not the
 * placement's estimate of its width.
 */
export function drawnLabelBoxes(rows: readonly LabelRowAt[], scale: number, measure: (text: string, px: number) => number): { key: string; box: Box }[] {
  return rows.map((r) => {
    const px = r.sizePx * scale;
    const w = measure(r.text, px) + 2 * HALO_PX * scale;
    const h = px * LINE_HEIGHT + 2 * HALO_PX * scale;
    const cy = r.at[1] + r.dy * scale;
    return { key: r.key, box: { x: r.at[0] - w / 2, y: cy - h / 2, width: w, height: h } };
  });
}

/** The one box around `boxes` (a label's rows), or undefined for none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** The county label a callout pinned to area `id` must not cross: its placed parts' boxes, as one. */
export const ownLabel = (boxes: readonly { key: string; box: Box }[], id: string | undefined): Box | undefined =>
  id === undefined ? undefined : unionBox(boxes.filter((b) => b.key === `label:${id}`).map((b) => b.box));
