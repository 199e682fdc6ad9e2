// Investment bubbles: circle AREA ∝ investment (radius ∝ √investment), in metres, with the size key. Where each
// bubble is drawn (apart from the others, inside its county) is decided at the map's zoom with every other symbol
// by src/lib/view/map/placement.ts.

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

/** Radius in metres for an investment, given the radius of the largest one. */
export function radiusFor(investmentWan: number, maxWan: number, maxRadiusM: number): number {
  if (maxWan <= 0 || investmentWan <= 0) return 0;
  return maxRadiusM * Math.sqrt(investmentWan / maxWan);
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
