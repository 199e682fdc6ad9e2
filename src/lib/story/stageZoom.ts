// A story slide's camera, adjusted so that no map label ends up under a panel. A slide may set its own camera (a
// close-up of 涪城区's parks); with the title, caption and legend over the map, a label near the edge of that view
// would sit half under the title. Keeping the slide's centre, the zoom is moved by the least amount at which every
// label is either wholly in the visible part of the map or wholly off the map. Pure Web Mercator: no map needed.
import type { Insets } from '../view/map/insets.ts';

export interface LabelBox {
  /** Anchor [lng, lat]: the label is centred on it. */
  at: readonly [number, number];
  /** The label's width and height in CSS pixels. */
  width: number;
  height: number;
}

export interface StageFrame {
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  /** The covered part of each edge, margin included: the camera's centre is the centre of what is left. */
  padding: Insets;
}

/** Mercator x, y of a [lng, lat] in world units of 512 px at zoom 0 (maplibre's tile size). */
function world(p: readonly [number, number]): [number, number] {
  const x = ((p[0] + 180) / 360) * 512;
  const s = Math.sin((p[1] * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 512;
  return [x, y];
}

/** Every label wholly inside the visible box, or wholly off the map, at this zoom. */
export function labelsClear(centre: readonly [number, number], zoom: number, labels: readonly LabelBox[], f: StageFrame): boolean {
  const { width: w, height: h, padding: p } = f;
  const cx = p.left + (w - p.left - p.right) / 2;
  const cy = p.top + (h - p.top - p.bottom) / 2;
  const c = world(centre);
  const k = 2 ** zoom;
  return labels.every((l) => {
    const q = world(l.at);
    const x = cx + (q[0] - c[0]) * k;
    const y = cy + (q[1] - c[1]) * k;
    const [x0, x1, y0, y1] = [x - l.width / 2, x + l.width / 2, y - l.height / 2, y + l.height / 2];
    const offMap = x1 <= 0 || x0 >= w || y1 <= 0 || y0 >= h;
    const visible = x0 >= p.left && x1 <= w - p.right && y0 >= p.top && y1 <= h - p.bottom;
    return offMap || visible;
  });
}

/**
 * The zoom nearest to `zoom` (in steps of 0.05, at most 2 out or 1 in; out first at equal distance: a wider view
 * loses nothing the slide meant to show) at which `labelsClear` holds; `zoom` itself when none does.
 */
export function stageZoom(centre: readonly [number, number], zoom: number, labels: readonly LabelBox[], f: StageFrame): number {
  for (let i = 0; i <= 40; i++) {
    const out = zoom - i * 0.05;
    if (labelsClear(centre, out, labels, f)) return round(out);
    const inward = zoom + i * 0.05;
    if (i <= 20 && i > 0 && labelsClear(centre, inward, labels, f)) return round(inward);
  }
  return zoom;
}

const round = (z: number) => Math.round(z * 100) / 100;
