// The map's padding from the panels that sit over it (the analysis drawer; story mode's title, caption and legend):
// the camera frames Mianyang in the part of the map a person can actually see, not under a panel.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Readonly<Insets> = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * How far each edge of `map` is covered by `covers` (all in the same pixel space, e.g. getBoundingClientRect).
 * A cover is charged to the one edge whose strip, cut up to the cover's far side, hides the least map area: a tall
 * drawer on the right costs its width, a wide caption along the bottom its height, a small corner legend the cheaper of
 * the two. Covers outside the map (or empty ones) are ignored. The visible remainder never shrinks below `minVisible`
 * of the map's width or height: on a narrow screen the drawer may hide most of the map, and a camera framed into a
 * sliver would zoom out to nothing.
 */
export function coveredInsets(map: Rect, covers: readonly Rect[], opts: { minVisible?: number } = {}): Insets {
  const minVisible = opts.minVisible ?? 0.4;
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const out: Insets = { ...NO_INSETS };
  if (!(w > 0 && h > 0)) return out;
  for (const c of covers) {
    const left = Math.max(c.left, map.left);
    const right = Math.min(c.right, map.right);
    const top = Math.max(c.top, map.top);
    const bottom = Math.min(c.bottom, map.bottom);
    if (!(right > left && bottom > top)) continue;
    // [edge, depth of the strip from that edge, map area the strip hides]
    const cuts: [keyof Insets, number, number][] = [
      ['top', bottom - map.top, (bottom - map.top) * w],
      ['bottom', map.bottom - top, (map.bottom - top) * w],
      ['left', right - map.left, (right - map.left) * h],
      ['right', map.right - left, (map.right - left) * h],
    ];
    // Ties (a square cover in a corner of a square map) go to the first listed edge, so the result is stable.
    const [edge, depth] = cuts.reduce((best, c) => (c[2] < best[2] ? c : best));
    out[edge] = Math.max(out[edge], depth);
  }
  shrink(out, 'left', 'right', w * (1 - minVisible));
  shrink(out, 'top', 'bottom', h * (1 - minVisible));
  for (const k of Object.keys(out) as (keyof Insets)[]) out[k] = Math.round(out[k]);
  return out;
}

/** Mutates `i`: scales the pair down together when their sum is more than `max`. */
function shrink(i: Insets, a: keyof Insets, b: keyof Insets, max: number): void {
  const sum = i[a] + i[b];
  if (sum <= max) return;
  const k = max / sum;
  i[a] *= k;
  i[b] *= k;
}

/** `insets` with `margin` added on every side: the padding the camera frames with. */
export function withMargin(insets: Insets, margin: number): Insets {
  return { top: insets.top + margin, right: insets.right + margin, bottom: insets.bottom + margin, left: insets.left + margin };
}

export function sameInsets(a: Insets, b: Insets): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}
