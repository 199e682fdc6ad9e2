// View models of the two point layers, from the placed records.
import type { ListMeta } from '../lib/types.ts';
import { layoutBubbles, sizeLegend, withoutInvestment, type Bubble } from '../lib/view/bubbles.ts';
import { greenParkLegend, greenParkSymbol, yearColors, type GreenParkLegendEntry } from '../lib/view/greenparks.ts';
import type { AppData } from './data.ts';
import type { BubbleDatum, GreenParkDatum } from './deckLayers.ts';

export const GREEN_PARK_LIST = 'green-park';

/** Radius of the largest project's bubble: ~6 km reads at the whole-city zoom (≈ 7.5) without burying labels. */
export const MAX_BUBBLE_RADIUS_M = 6000;

type BubbleItem = { id: string; anchor: [number, number]; investmentWan: number; datum: BubbleDatum };

export interface BubbleModel {
  bubbles: Bubble<BubbleItem>[];
  maxWan: number;
  /** Rows of the selected lists that have an investment column but no usable amount, or no place. */
  noAmount: number;
  unplaced: number;
  legend: { wan: number; radiusM: number }[];
}

export function bubbleModel(data: AppData, lists: readonly ListMeta[]): BubbleModel {
  const ids = new Set(lists.filter((l) => l.hasInvestment).map((l) => l.id));
  const rows = data.placed.filter((p) => ids.has(p.record.list));
  const parkName = new Map(data.parks.map((p) => [p.id, p.name]));
  const countyName = new Map(data.counties.map((c) => [c.code, c.name]));
  const items: BubbleItem[] = [];
  let unplaced = 0;
  for (const p of rows) {
    if (p.record.investmentWan === undefined || !(p.record.investmentWan > 0)) continue;
    if (!p.point) {
      unplaced++;
      continue;
    }
    const placedAt = (p.loc.parkId ? parkName.get(p.loc.parkId) : undefined) ?? p.loc.unit ?? countyName.get(p.loc.countyCode ?? '') ?? '';
    items.push({ id: p.record.id, anchor: p.point, investmentWan: p.record.investmentWan, datum: { placed: p, placedAt } });
  }
  const bubbles = layoutBubbles(items, { maxRadiusM: MAX_BUBBLE_RADIUS_M, gapM: 250 });
  const maxWan = Math.max(0, ...items.map((i) => i.investmentWan));
  return {
    bubbles,
    maxWan,
    noAmount: withoutInvestment(rows.map((p) => ({ investmentWan: p.record.investmentWan }))).length,
    unplaced,
    legend: sizeLegend(maxWan, MAX_BUBBLE_RADIUS_M),
  };
}

export interface GreenParkModel {
  data: GreenParkDatum[];
  legend: GreenParkLegendEntry[];
  unplaced: number;
  total: number;
}

export function greenParkModel(data: AppData): GreenParkModel {
  const rows = data.placed.filter((p) => p.record.list === GREEN_PARK_LIST);
  const colors = yearColors(rows.map((p) => p.record));
  const placed = rows.filter((p) => p.point);
  return {
    data: placed.map((p) => ({ placed: p, symbol: greenParkSymbol(p.record, colors) })),
    legend: greenParkLegend(rows.map((p) => p.record)),
    unplaced: rows.length - placed.length,
    total: rows.length,
  };
}
