// Investment bubbles: circle AREA ∝ investment (radius ∝ √investment), in metres so that the spreading below
// holds at every zoom. Projects that share a point (all of 高新区's projects sit on its one point) are laid out
// on a deterministic spiral, largest first, each at the first spiral step where it overlaps nothing placed yet.

export interface BubbleInput {
  id: string;
  /** Where the project is (park or county point), [lon, lat]. */
  anchor: [number, number];
  investmentWan: number;
}

export interface Bubble<T extends BubbleInput = BubbleInput> {
  item: T;
  position: [number, number];
  radiusM: number;
}

const M_PER_DEG_LAT = 111_320;

/** Radius in metres for an investment, given the radius of the largest one. */
export function radiusFor(investmentWan: number, maxWan: number, maxRadiusM: number): number {
  if (maxWan <= 0 || investmentWan <= 0) return 0;
  return maxRadiusM * Math.sqrt(investmentWan / maxWan);
}

export function layoutBubbles<T extends BubbleInput>(items: readonly T[], opts: { maxRadiusM: number; minRadiusM?: number; gapM?: number }): Bubble<T>[] {
  const valid = items.filter((i) => i.investmentWan > 0 && Number.isFinite(i.investmentWan));
  const maxWan = Math.max(0, ...valid.map((i) => i.investmentWan));
  const gap = opts.gapM ?? 300;
  const minR = opts.minRadiusM ?? 0;
  // Largest first (id breaks ties) so the layout does not depend on input order.
  const sorted = [...valid].sort((a, b) => b.investmentWan - a.investmentWan || a.id.localeCompare(b.id));
  const out: Bubble<T>[] = [];
  // One local plane for all items (equirectangular at their mean latitude): distances between different anchors
  // must be measured in the same metric, or bubbles from neighbouring anchors can overlap.
  const lat0 = sorted.reduce((s, i) => s + i.anchor[1], 0) / (sorted.length || 1);
  const kx = M_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180);
  // Placed bubbles in a grid of cells as wide as the farthest two bubbles can reach each other, so a candidate
  // position is tested against the 3 × 3 cells around it, not against every bubble: the same answer as testing
  // them all (a bubble outside those cells cannot overlap), but 1,000 projects on five points take ~0.1 s, not ~5 s.
  const maxR = Math.max(minR, opts.maxRadiusM);
  const cell = 2 * maxR + gap / 2 || 1;
  const grid = new Map<string, { x: number; y: number; r: number }[]>();
  const free = (x: number, y: number, r: number) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const p of grid.get(`${i},${j}`) ?? []) if (!(Math.hypot(p.x - x, p.y - y) >= p.r + r + gap / 2)) return false;
      }
    }
    return true;
  };
  for (const item of sorted) {
    const r = Math.max(minR, radiusFor(item.investmentWan, maxWan, opts.maxRadiusM));
    const [lon, lat] = item.anchor;
    const ax = lon * kx;
    const ay = lat * M_PER_DEG_LAT;
    let x = ax;
    let y = ay;
    // Archimedean spiral with a step that scales with the bubble; 2000 steps is far more than any real cluster needs.
    for (let s = 0; s < 2000; s++) {
      const theta = s * 0.5;
      const d = s === 0 ? 0 : (r + gap) * 0.35 * theta;
      x = ax + d * Math.cos(theta);
      y = ay + d * Math.sin(theta);
      if (free(x, y, r)) break;
    }
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push({ x, y, r });
    else grid.set(key, [{ x, y, r }]);
    out.push({ item, position: [x / kx, y / M_PER_DEG_LAT], radiusM: r });
  }
  return out;
}

/** Items with no usable investment are listed, so a legend can say how many projects have no bubble. */
export function withoutInvestment<T extends { investmentWan?: number }>(items: readonly T[]): T[] {
  return items.filter((i) => !(i.investmentWan !== undefined && i.investmentWan > 0 && Number.isFinite(i.investmentWan)));
}

/** Legend sizes: up to three round amounts (1, 2, 5 × 10ⁿ 万元) up to the largest investment. */
export function sizeLegend(maxWan: number, maxRadiusM: number): { wan: number; radiusM: number }[] {
  if (maxWan <= 0) return [];
  const steps: number[] = [];
  for (let e = 0; e <= 9; e++) for (const m of [1, 2, 5]) steps.push(m * 10 ** e);
  const top = steps.filter((s) => s <= maxWan).pop() ?? maxWan;
  const picks = [top, top / 10, top / 100].filter((v) => v >= 1);
  return picks.map((wan) => ({ wan, radiusM: radiusFor(wan, maxWan, maxRadiusM) }));
}

/** Metres per screen pixel in web mercator at a zoom and latitude (512-px tiles, as maplibre uses). */
export function metersPerPixel(zoom: number, lat: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
