// One placement for everything drawn over the map at a given zoom: park circles, green-park symbols, investment
// bubbles and the labels that go with them. Overlaps are resolved by moving symbols (a Dorling-style collision
// relaxation in screen pixels), never by stacking, and each symbol's centre stays inside its own region (the county
// it stands in, on the real boundary). Deterministic: the items are visited in a fixed order (by key), coincident
// anchors are split on a fixed golden-angle spiral, and no randomness is used, so the same input gives the same map.
//
// Symbols that cannot be separated inside their region (a county a few dozen pixels wide holding thirty bubbles)
// keep their remaining overlap, and `together` lists the items each one still overlaps, so a tooltip can name them all.
import { mercatorPx, type RegionIndex } from './regions.ts';

/** A circle or an axis-aligned box, offset (px) from its item's centre. */
export type Part = { kind: 'circle'; dx: number; dy: number; r: number } | { kind: 'box'; dx: number; dy: number; w: number; h: number };

export interface PlaceItem {
  /** Unique; also fixes the visiting order. */
  key: string;
  anchor: [number, number];
  /** Region (county code) the centre must stay inside; an id the index does not hold leaves the item unconstrained. */
  region: string;
  parts: Part[];
  /**
   * Other arrangements of the same parts (a name below the circle, or right of it, or above), tried in this order
   * where the first one leaves an overlap the relaxation could not remove.
   */
  alternatives?: Part[][];
  /**
   * How hard the item is to move, relative to others (an overlap is shared in inverse proportion). County labels
   * are heavy so symbols make way for them. @default 1
   */
  weight?: number;
  /** Never moved (an obstacle): e.g. a label that must stay on its anchor. @default false */
  pinned?: boolean;
}

export interface PlacedItem {
  key: string;
  /** Where the item is drawn, [lon, lat]. */
  position: [number, number];
  /** Its centre in world pixels at the placement's zoom. */
  x: number;
  y: number;
  /** Distance moved from the anchor, px. */
  movedPx: number;
  /** The arrangement used: the item's parts, or the alternative chosen. */
  parts: Part[];
  /** Keys of the items it still overlaps by more than the tolerance (empty when it stands alone). */
  together: string[];
}

export interface PlaceOptions {
  /** Space kept between parts, px. @default 1 */
  gapPx?: number;
  /** An overlap up to this is not reported in `together`. @default 1 */
  tolerancePx?: number;
  /** @default 240 */
  maxIterations?: number;
}

interface State {
  item: PlaceItem;
  /** The arrangement in use (item.parts or one of item.alternatives). */
  parts: Part[];
  x: number;
  y: number;
  ax: number;
  ay: number;
  /** Bounding radius of its parts around the centre, for the neighbour grid. */
  reach: number;
  w: number;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Iterations between two checks that the total overlap is still falling (by 2 % at least). */
const STALL_WINDOW = 20;

/**
 * How far `a` must move along (ux, uy) so it no longer overlaps `b` (0 when apart), with the gap. Circles against
 * circles push along the line between centres, boxes along the shallower axis, a circle and a box from the box's
 * nearest point.
 */
function overlap(a: Part, ax: number, ay: number, b: Part, bx: number, by: number, gap: number): { d: number; ux: number; uy: number } {
  const x1 = ax + a.dx;
  const y1 = ay + a.dy;
  const x2 = bx + b.dx;
  const y2 = by + b.dy;
  if (a.kind === 'circle' && b.kind === 'circle') {
    const dx = x1 - x2;
    const dy = y1 - y2;
    const dist = Math.hypot(dx, dy);
    const d = a.r + b.r + gap - dist;
    return dist > 1e-9 ? { d, ux: dx / dist, uy: dy / dist } : { d, ux: 0, uy: 0 };
  }
  if (a.kind === 'box' && b.kind === 'box') {
    const dx = x1 - x2;
    const dy = y1 - y2;
    const ox = (a.w + b.w) / 2 + gap - Math.abs(dx);
    const oy = (a.h + b.h) / 2 + gap - Math.abs(dy);
    if (ox <= 0 || oy <= 0) return { d: Math.max(ox, oy) > 0 ? Math.min(ox, oy) : Math.max(ox, oy), ux: 0, uy: 0 };
    // Labels sit side by side more often than stacked: prefer moving vertically unless much cheaper sideways.
    return oy <= ox * 1.5 ? { d: oy, ux: 0, uy: dy >= 0 ? 1 : -1 } : { d: ox, ux: dx >= 0 ? 1 : -1, uy: 0 };
  }
  // One circle, one box: from the circle's side.
  const flip = a.kind === 'box';
  const c = (flip ? b : a) as Extract<Part, { kind: 'circle' }>;
  const bx0 = (flip ? a : b) as Extract<Part, { kind: 'box' }>;
  const cx = flip ? x2 : x1;
  const cy = flip ? y2 : y1;
  const qx = flip ? x1 : x2;
  const qy = flip ? y1 : y2;
  const hw = bx0.w / 2;
  const hh = bx0.h / 2;
  const nx = Math.max(qx - hw, Math.min(cx, qx + hw));
  const ny = Math.max(qy - hh, Math.min(cy, qy + hh));
  let dx = cx - nx;
  let dy = cy - ny;
  let dist = Math.hypot(dx, dy);
  let d = c.r + gap - dist;
  if (dist < 1e-9) {
    // Centre inside the box: out through the nearest side.
    const sides = [cx - (qx - hw), qx + hw - cx, cy - (qy - hh), qy + hh - cy];
    const k = sides.indexOf(Math.min(...sides));
    dx = k === 0 ? -1 : k === 1 ? 1 : 0;
    dy = k === 2 ? -1 : k === 3 ? 1 : 0;
    dist = 1;
    d = c.r + gap + sides[k]!;
  }
  const s = flip ? -1 : 1;
  return { d, ux: (s * dx) / dist, uy: (s * dy) / dist };
}

function itemOverlap(a: State, b: State, gap: number): { d: number; ux: number; uy: number } {
  let best = { d: -Infinity, ux: 0, uy: 0 };
  for (const p of a.parts) {
    for (const q of b.parts) {
      const o = overlap(p, a.x, a.y, q, b.x, b.y, gap);
      if (o.d > best.d) best = o;
    }
  }
  return best;
}

const reachOf = (parts: readonly Part[]): number =>
  Math.max(0, ...parts.map((p) => (p.kind === 'circle' ? Math.hypot(p.dx, p.dy) + p.r : Math.hypot(Math.abs(p.dx) + p.w / 2, Math.abs(p.dy) + p.h / 2))));

/**
 * Places `items` at `zoom` (web mercator, 512-px tiles, as maplibre). `regions` holds the county polygons in world
 * pixels at the same zoom (regions.ts). Pure: the input is not changed.
 */
export function placeItems(items: readonly PlaceItem[], regions: RegionIndex, zoom: number, opts: PlaceOptions = {}): PlacedItem[] {
  const gap = opts.gapPx ?? 1;
  const tol = opts.tolerancePx ?? 1;
  const maxIter = opts.maxIterations ?? 240;
  // A centre is inside when it and the four points 1 px around it are: a symbol never rides the border, where
  // another point-in-polygon test (turf's, on [lon, lat]) could round the other way.
  const inRegion = (id: string, x: number, y: number) =>
    regions.contains(id, x, y) &&
    regions.contains(id, x + 1, y) &&
    regions.contains(id, x - 1, y) &&
    regions.contains(id, x, y + 1) &&
    regions.contains(id, x, y - 1);
  const sorted = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const seen = new Map<string, number>();
  const st: State[] = sorted.map((item) => {
    const [ax, ay] = mercatorPx(item.anchor, zoom);
    // Items on the same anchor start on a small golden-angle spiral (the n-th at angle n·137.5°), so the relaxation
    // has a direction to push them in; the first one stays on the anchor.
    const k = `${ax.toFixed(2)},${ay.toFixed(2)}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    let x = ax;
    let y = ay;
    if (n > 0) {
      const r = 0.5 * Math.sqrt(n);
      const tx = ax + r * Math.cos(n * GOLDEN);
      const ty = ay + r * Math.sin(n * GOLDEN);
      if (inRegion(item.region, tx, ty)) [x, y] = [tx, ty];
    }
    const reach = Math.max(...[item.parts, ...(item.alternatives ?? [])].map(reachOf));
    return { item, parts: item.parts, x, y, ax, ay, reach, w: item.pinned ? Infinity : (item.weight ?? 1) };
  });
  const cell = Math.max(8, 2 * Math.max(0, ...st.map((s) => s.reach)) + gap);
  const fx = new Float64Array(st.length);
  const fy = new Float64Array(st.length);
  // Items whose last step was refused by their region's border: the next overlap is moved by their partner alone,
  // or a symbol pressed against a border would hold its neighbour half-overlapping for ever.
  const stuck = new Uint8Array(st.length);

  const neighbours = (visit: (i: number, j: number) => void) => {
    const grid = new Map<number, number[]>();
    const keyOf = (cx: number, cy: number) => cx * 100_003 + cy;
    st.forEach((s, i) => {
      const k = keyOf(Math.floor(s.x / cell), Math.floor(s.y / cell));
      const b = grid.get(k);
      if (b) b.push(i);
      else grid.set(k, [i]);
    });
    st.forEach((s, i) => {
      const cx = Math.floor(s.x / cell);
      const cy = Math.floor(s.y / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) for (let gy = cy - 1; gy <= cy + 1; gy++) for (const j of grid.get(keyOf(gx, gy)) ?? []) if (j > i) visit(i, j);
    });
  };

  const relax = (iterations: number) => {
    let lastTotal = Infinity;
    for (let it = 0; it < iterations; it++) {
      fx.fill(0);
      fy.fill(0);
      let worst = 0;
      let total = 0;
      neighbours((i, j) => {
        const a = st[i]!;
        const b = st[j]!;
        if (a.w === Infinity && b.w === Infinity) return;
        const o = itemOverlap(a, b, gap);
        if (o.d <= 0) return;
        worst = Math.max(worst, o.d);
        total += o.d;
        let { ux, uy } = o;
        if (ux === 0 && uy === 0) {
          // Exactly on top of each other: a fixed direction from the pair's order.
          const t = (i * 7 + j * 13) * GOLDEN;
          ux = Math.cos(t);
          uy = Math.sin(t);
        }
        // The lighter item moves more; a pinned one, or one stuck on its border, not at all.
        const wa = stuck[i] && !stuck[j] ? Infinity : a.w;
        const wb = stuck[j] && !stuck[i] ? Infinity : b.w;
        const sa = wa === Infinity ? (wb === Infinity ? 0.5 : 0) : wb === Infinity ? 1 : wb / (wa + wb);
        const sb = 1 - sa;
        fx[i] = fx[i]! + ux * o.d * sa;
        fy[i] = fy[i]! + uy * o.d * sa;
        fx[j] = fx[j]! - ux * o.d * sb;
        fy[j] = fy[j]! - uy * o.d * sb;
      });
      if (worst <= gap / 2) break;
      // Stalled (what is left cannot be separated inside the regions): stop rather than spin to the limit.
      if (it % STALL_WINDOW === 0) {
        if (total > lastTotal * 0.98) break;
        lastTotal = total;
      }
      st.forEach((s, i) => {
        const dx = fx[i]!;
        const dy = fy[i]!;
        stuck[i] = 0;
        if (dx === 0 && dy === 0) return;
        // The centre stays in its region: try the whole step, then shorter ones, then sliding along each axis.
        for (const [mx, my] of [
          [dx, dy],
          [dx / 2, dy / 2],
          [dx, 0],
          [0, dy],
          [dx / 4, dy / 4],
        ] as const) {
          if (inRegion(s.item.region, s.x + mx, s.y + my)) {
            s.x += mx;
            s.y += my;
            return;
          }
        }
        stuck[i] = 1;
      });
    }
  };

  relax(maxIter);
  // Where overlaps are left, an item with other arrangements takes the one that overlaps its neighbours least (its
  // name to the side instead of below, say), and the relaxation runs again; a few rounds at most.
  for (let round = 0; round < 3; round++) {
    let changed = false;
    const over = new Uint8Array(st.length);
    neighbours((i, j) => {
      if (itemOverlap(st[i]!, st[j]!, gap).d > tol / 2) over[i] = over[j] = 1;
    });
    st.forEach((s, i) => {
      if (!over[i] || !s.item.alternatives?.length) return;
      const cost = () =>
        st.reduce((sum, o, j) => (j === i || Math.hypot(o.x - s.x, o.y - s.y) > s.reach + o.reach ? sum : sum + Math.max(0, itemOverlap(s, o, gap).d)), 0);
      const before = s.parts;
      let best = { parts: s.parts, c: cost() };
      for (const alt of [s.item.parts, ...s.item.alternatives]) {
        s.parts = alt;
        const c = cost();
        if (c < best.c - 1e-9) best = { parts: alt, c };
      }
      if (best.parts !== before) changed = true;
      s.parts = best.parts;
    });
    if (!changed) break;
    relax(maxIter);
  }

  const together: string[][] = st.map(() => []);
  neighbours((i, j) => {
    if (itemOverlap(st[i]!, st[j]!, 0).d > tol) {
      together[i]!.push(st[j]!.item.key);
      together[j]!.push(st[i]!.item.key);
    }
  });
  return st.map((s, i) => ({
    key: s.item.key,
    parts: s.parts,
    position: regions.unproject(s.x, s.y, zoom),
    x: s.x,
    y: s.y,
    movedPx: Math.hypot(s.x - s.ax, s.y - s.ay),
    together: together[i]!.sort(),
  }));
}
