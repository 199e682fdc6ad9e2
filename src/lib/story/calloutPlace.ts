// Where a callout's box goes: near the place it is pinned to, at the first of a ring of positions around it that
// overlaps nothing already there (map labels, symbols, panels, earlier callouts), else at the one that overlaps
// least; the leader line runs from the place to the nearest point of the box. Pure, in screen pixels.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedCallout {
  box: Box;
  /** From the place pinned to, to the edge of the box. */
  line: [[number, number], [number, number]];
  /** Pixels of the box over things to avoid (0: clear of all of them). */
  overlap: number;
}

/** Offsets tried around the place, nearest first: right, left, above, below and the diagonals, at three distances. */
const DIRECTIONS: readonly [number, number][] = [
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
];
const DISTANCES = [40, 80, 130];

const overlapArea = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Area of `b` outside `bounds`: a box half off the picture counts as covering something. */
const outside = (b: Box, bounds: Box): number => b.width * b.height - overlapArea(b, bounds);

/** Padding inside a callout's box round its text, px (at the picture's or the screen's scale). */
export const CALLOUT_PAD = 8;

/** A callout's box for a text `textWidth` px wide set at `textPx`: the one size the stage, the PNG and print use. */
export const calloutSize = (textWidth: number, textPx: number): { width: number; height: number } => ({
  width: Math.ceil(textWidth) + 2 * CALLOUT_PAD,
  height: textPx + 2 * CALLOUT_PAD,
});

/**
 * Places boxes of `sizes` for places `at` (in order), each clear of `avoid` and of the ones placed before it, inside
 * `bounds`. Deterministic: the same input gives the same boxes.
 */
export function placeCallouts(items: readonly { at: [number, number]; width: number; height: number }[], avoid: readonly Box[], bounds: Box): PlacedCallout[] {
  const taken: Box[] = [...avoid];
  const out: PlacedCallout[] = [];
  for (const it of items) {
    let best: { box: Box; cost: number } | null = null;
    for (const d of DISTANCES) {
      for (const [dx, dy] of DIRECTIONS) {
        const cx = it.at[0] + dx * (d + it.width / 2);
        const cy = it.at[1] + dy * (d + it.height / 2);
        const box = { x: cx - it.width / 2, y: cy - it.height / 2, width: it.width, height: it.height };
        const cost = taken.reduce((a, t) => a + overlapArea(box, t), 0) + 4 * outside(box, bounds);
        if (!best || cost < best.cost) best = { box, cost };
        if (cost === 0) break;
      }
      if (best?.cost === 0) break;
    }
    const box = best!.box;
    // The next callouts keep clear of this one.
    taken.push(box);
    const ex = Math.max(box.x, Math.min(it.at[0], box.x + box.width));
    const ey = Math.max(box.y, Math.min(it.at[1], box.y + box.height));
    out.push({ box, line: [it.at, [ex, ey]], overlap: best!.cost });
  }
  return out;
}
