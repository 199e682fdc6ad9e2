// The detail view of the main urban area (主城区: 涪城区 and the parts of 游仙区 and 安州区 next to it): its frame,
// when it is shown, and its size and zoom. 涪城区 is 2.7 % of Mianyang's area but holds over half of the placed
// designations; at the whole-city zoom its parks, green parks and bubbles cannot be told apart.
import { mercatorPx } from './regions.ts';

/** [west, south, east, north], WGS-84: 涪城区's extent (104.47–104.84, 31.27–31.61) with 游仙区's zones and 花荄镇. */
export const DETAIL_FRAME: readonly [number, number, number, number] = [104.46, 31.26, 104.9, 31.63];

/**
 * Where the detail view names its three counties: the pole of inaccessibility of each county's part inside the
 * frame (polylabel on the clipped polygon, computed once; detail.test.ts checks each lies in its county). The
 * placement then moves a name off any park it would cover.
 */
export const DETAIL_NAMES: readonly { code: string; at: [number, number] }[] = [
  { code: '510703', at: [104.692, 31.407] },
  { code: '510704', at: [104.812, 31.554] },
  { code: '510705', at: [104.525, 31.56] },
];

/** "More than a handful" of symbols in the frame turns the detail view on. */
export const HANDFUL = 5;

export const inFrame = ([lon, lat]: readonly [number, number], f = DETAIL_FRAME): boolean => lon >= f[0] && lon <= f[2] && lat >= f[1] && lat <= f[3];

/** Shown whenever parks are on their own (园区单列), or more than a handful of symbols fall in the frame. */
export function showDetail(parksOnTheirOwn: boolean, anchors: readonly (readonly [number, number])[]): boolean {
  if (parksOnTheirOwn) return true;
  let n = 0;
  for (const a of anchors) if (inFrame(a) && ++n > HANDFUL) return true;
  return false;
}

/**
 * The inset's map side in px for a map area of `w` × `h`: 30 % of the width, between 280 and 520, and never more
 * than 55 % of the height (1366×768 → 311, 1920×1080 → 477 beside the control panel).
 */
export function detailSide(w: number, h: number): number {
  return Math.round(Math.min(520, Math.max(280, 0.3 * w), 0.55 * h));
}

/** The zoom (web mercator, 512-px tiles) at which the frame fits a square of `side` px, and the frame's top-left in world px. */
export function detailZoom(side: number, f = DETAIL_FRAME): { zoom: number; x0: number; y0: number; w: number; h: number } {
  const z0 = 0;
  const [xa, ya] = mercatorPx([f[0], f[3]], z0);
  const [xb, yb] = mercatorPx([f[2], f[1]], z0);
  const zoom = Math.log2(side / Math.max(xb - xa, yb - ya));
  const [x0, y0] = mercatorPx([f[0], f[3]], zoom);
  const [x1, y1] = mercatorPx([f[2], f[1]], zoom);
  return { zoom, x0, y0, w: x1 - x0, h: y1 - y0 };
}
