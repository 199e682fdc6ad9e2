// Where the detail inset sits over the map: its lower right corner, unless another panel is there (the analysis
// drawer along the right edge), in which case it steps left of that panel, and shrinks when the room left of it is
// narrower than the inset. Computed from the other panels' boxes, never from its own (which would follow itself).
import type { Rect } from '../view/map/insets.ts';

export interface InsetPlace {
  /** From the map's right and bottom edges to the inset's, px. */
  right: number;
  bottom: number;
  /** Side of the inset's square map, px. */
  side: number;
}

export interface InsetSize {
  /** The side the inset wants (detail.ts detailSide). */
  side: number;
  /** What the inset takes beyond its square map (padding, border; title, park list and key below it), px. */
  chromeW: number;
  chromeH: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The inset's place in a map of `width` × `height` with `others` over it (boxes in the map's px). It keeps `margin`
 * from the map's edges and from the panels it steps aside for, takes at most `share` of the width left beside them,
 * and never shrinks below `minSide`.
 */
export function insetPlace(width: number, height: number, size: InsetSize, others: readonly Rect[], margin = 12, minSide = 200, share = 0.45): InsetPlace {
  let right = margin;
  let side = size.side;
  const bottom = margin;
  const boxAt = (r: number, s: number): Rect => ({
    left: width - r - s - size.chromeW,
    top: height - bottom - s - size.chromeH,
    right: width - r,
    bottom: height - bottom,
  });
  // Each step clears one more panel; there are only so many panels.
  for (let i = 0; i <= others.length; i++) {
    const box = boxAt(right, side);
    const hit = others.filter((o) => overlaps(o, box));
    if (!hit.length) break;
    right = Math.max(right, ...hit.map((o) => width - o.left + margin));
    // Beside a panel it takes at most `share` of the room left of it, so the map keeps the rest (at 1366×768 with
    // the drawer open, 311 → 255 px; at 1920 it keeps its 477 px), and never more than the room: down to minSide.
    const room = width - right - margin - size.chromeW;
    side = Math.max(minSide, Math.min(side, Math.floor(room * share)));
  }
  return { right: Math.round(right), bottom, side };
}
