// Where a callout's box goes: near the place it is pinned to, at the first of a ring of positions around it that
// overlaps nothing already there (map labels, symbols, panels, earlier callouts), else at the one that overlaps
// least; the leader line runs from the place to the nearest point of the box. Pure, in screen pixels.
//
// A county's place is where its label is drawn (the label sits on the county's point unless the placement moved it
// off a symbol), so a line from the place would run through the county's own name. With the place's own label
// given (`own`), the line never crosses it: a place under its label starts the line at the label's edge (the callout
// points at the name), and a box whose line would cut through the label — the label between the box and the place —
// is not chosen while any other position is free of that.

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
  /** The line crosses the place's own label: no position around the place avoided it. */
  crosses: boolean;
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
/** A line through the place's own label costs more than any overlap a box can have in a picture. */
const CROSSING = 1e9;

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
 * The part of the segment `a`→`b` inside `box`, as fractions [t0, t1] of its length (Liang–Barsky), or null when it
 * misses the box or only touches it.
 */
export function clipSegment(a: readonly [number, number], b: readonly [number, number], box: Box): [number, number] | null {
  const d = [b[0] - a[0], b[1] - a[1]];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-d[0]!, a[0] - box.x],
    [d[0]!, box.x + box.width - a[0]],
    [-d[1]!, a[1] - box.y],
    [d[1]!, box.y + box.height - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return null;
  }
  return [t0, t1];
}

const at = (a: readonly [number, number], b: readonly [number, number], t: number): [number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/**
 * The leader line from place `p` to box `box`, and whether it crosses `own` (the place's own label): it ends at the
 * box's nearest point, and starts at the place, or where it leaves `own` when the place is under it.
 */
function leader(p: readonly [number, number], box: Box, own: Box | undefined): { line: [[number, number], [number, number]]; crosses: boolean } {
  const end: [number, number] = [Math.max(box.x, Math.min(p[0], box.x + box.width)), Math.max(box.y, Math.min(p[1], box.y + box.height))];
  if (!own) return { line: [[p[0], p[1]], end], crosses: false };
  const inside = p[0] > own.x && p[0] < own.x + own.width && p[1] > own.y && p[1] < own.y + own.height;
  const start: [number, number] = inside ? at(p, end, clipSegment(p, end, own)?.[1] ?? 0) : [p[0], p[1]];
  const through = clipSegment(start, end, own);
  // Half a pixel inside is rounding, not a line across the name.
  const len = Math.hypot(end[0] - start[0], end[1] - start[1]);
  return { line: [start, end], crosses: through !== null && (through[1] - through[0]) * len > 0.5 };
}

/**
 * Places boxes of `sizes` for places `at` (in order), each clear of `avoid` and of the ones placed before it, inside
 * `bounds`; an item's `own` box (its county's label) is never crossed by its leader line where a position allows.
 * Deterministic: the same input gives the same boxes.
 */
export function placeCallouts(
  items: readonly { at: [number, number]; width: number; height: number; own?: Box }[],
  avoid: readonly Box[],
  bounds: Box,
): PlacedCallout[] {
  const taken: Box[] = [...avoid];
  const out: PlacedCallout[] = [];
  for (const it of items) {
    let best: { box: Box; cost: number; line: [[number, number], [number, number]] } | null = null;
    for (const d of DISTANCES) {
      for (const [dx, dy] of DIRECTIONS) {
        const cx = it.at[0] + dx * (d + it.width / 2);
        const cy = it.at[1] + dy * (d + it.height / 2);
        const box = { x: cx - it.width / 2, y: cy - it.height / 2, width: it.width, height: it.height };
        const { line, crosses } = leader(it.at, box, it.own);
        const cost = taken.reduce((a, t) => a + overlapArea(box, t), 0) + 4 * outside(box, bounds) + (crosses ? CROSSING : 0);
        if (!best || cost < best.cost) best = { box, cost, line };
        if (cost === 0) break;
      }
      if (best?.cost === 0) break;
    }
    const { box, cost, line } = best!;
    // The next callouts keep clear of this one.
    taken.push(box);
    out.push({ box, line, overlap: cost % CROSSING, crosses: cost >= CROSSING });
  }
  return out;
}
