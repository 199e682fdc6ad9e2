// Located records → the numbers the CLI prints and the map colours. Pure and allocation-light: the map calls
// countByArea on every view change with up to 100,000 imported rows (measured by aggregate/bench.ts).
// Nothing is dropped: a record without a resolved location is counted under UNPLACED.
import type { ListId, ListMeta, SeedRecord } from '../types.ts';
import type { Registry, ResolvedLocation } from '../registry/index.ts';
import { UNPLACED, type By, type LocatedRecord } from './types.ts';
import { areaIdOf, countByArea, type CountOptions } from './count.ts';
import { competitionRanks } from './rank.ts';

export { UNPLACED, type By, type LocatedRecord } from './types.ts';
export { areaIdOf, countByArea, prepareCounts, type AreaCount, type CountOptions } from './count.ts';

export function locateAll(records: readonly SeedRecord[], registry: Pick<Registry, 'keyOf' | 'resolveLocation'>): LocatedRecord[] {
  return records.map((record) => ({ record, key: registry.keyOf(record), loc: registry.resolveLocation(record) }));
}

export interface SummaryRow {
  list: ListId;
  /** Canonical unit (county full name or park short name), a county full name with by 'county', or 未定位. */
  unit: string;
  count: number;
  /** Sum of the known investments; absent when no record of the cell has one. */
  investment_wan?: number;
}

export interface SummariseOptions {
  by: By;
  /** Only these lists, in this order. Default: every list present, in order of first appearance. */
  lists?: readonly ListId[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts and investment per list × unit. Order: lists as given, then units by count desc, then name by code
 * point (locale-independent, so output is byte-identical on every machine); 未定位 always last in its list,
 * because it is a remainder, not a place that competes in the ranking.
 */
export function summarise(located: readonly LocatedRecord[], opts: SummariseOptions): SummaryRow[] {
  const wanted = opts.lists ? new Set(opts.lists) : undefined;
  const cells = new Map<ListId, Map<string, SummaryRow>>();
  for (const l of opts.lists ?? []) cells.set(l, new Map());
  for (const { record, loc } of located) {
    if (wanted && !wanted.has(record.list)) continue;
    const unit = unitOf(loc, opts.by);
    let perList = cells.get(record.list);
    if (!perList) cells.set(record.list, (perList = new Map()));
    let row = perList.get(unit);
    if (!row) perList.set(unit, (row = { list: record.list, unit, count: 0 }));
    row.count++;
    if (record.investmentWan !== undefined) row.investment_wan = (row.investment_wan ?? 0) + record.investmentWan;
  }
  const out: SummaryRow[] = [];
  for (const perList of cells.values()) {
    const rows = [...perList.values()].sort((a, b) => Number(a.unit === UNPLACED) - Number(b.unit === UNPLACED) || b.count - a.count || byName(a.unit, b.unit));
    out.push(...rows);
  }
  return out;
}

function unitOf(loc: ResolvedLocation, by: By): string {
  if (loc.countyCode === undefined) return UNPLACED;
  if (by === 'county') return loc.county ?? loc.countyCode;
  return loc.unit ?? loc.county ?? loc.countyCode;
}

/** The lists of one plan (智能化, 绿色化 …), in catalogue order. */
export const planLists = (catalogue: readonly ListMeta[], plan: string): ListId[] => catalogue.filter((l) => l.plan === plan).map((l) => l.id);

export const allLists = (catalogue: readonly ListMeta[]): ListId[] => catalogue.map((l) => l.id);

/** countByArea over the union of a plan's lists ("per plan" view). */
export const countByPlan = (located: readonly LocatedRecord[], catalogue: readonly ListMeta[], plan: string, opts: Omit<CountOptions, 'lists'>) =>
  countByArea(located, { ...opts, lists: planLists(catalogue, plan) });

/** countByArea over every list ("all lists" view). */
export const countAll = (located: readonly LocatedRecord[], catalogue: readonly ListMeta[], opts: Omit<CountOptions, 'lists'>) =>
  countByArea(located, { ...opts, lists: allLists(catalogue) });

export interface GapMatrix {
  lists: ListId[];
  areas: string[];
  /** cells[i][j] = records of lists[i] in areas[j]; zeros included. */
  cells: number[][];
  /** Per list: records placed outside the given areas or not placed at all, so every row is accounted for. */
  other: number[];
}

/** Lists × areas designation counts, for spotting which county has nothing on which list. */
export function gapMatrix(located: readonly LocatedRecord[], lists: readonly ListId[], areas: readonly string[], by: By = 'county'): GapMatrix {
  const li = new Map(lists.map((l, i) => [l, i]));
  const ai = new Map(areas.map((a, j) => [a, j]));
  const cells = lists.map(() => areas.map(() => 0));
  const other = lists.map(() => 0);
  for (const { record, loc } of located) {
    const i = li.get(record.list);
    if (i === undefined) continue;
    const j = ai.get(areaIdOf(loc, by));
    if (j === undefined) other[i]!++;
    else cells[i]![j]!++;
  }
  return { lists: [...lists], areas: [...areas], cells, other };
}

export interface RankedArea {
  area: string;
  count: number;
  /** Competition rank: ties share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/** Areas by count desc (ties by id); 未定位 is not an area and is left out. */
export function rankAreas(counts: ReadonlyMap<string, { count: number }>): RankedArea[] {
  const rows = [...counts]
    .filter(([area]) => area !== UNPLACED)
    .map(([area, c]) => ({ area, count: c.count, rank: 0 }))
    .sort((a, b) => b.count - a.count || byName(a.area, b.area));
  const ranks = competitionRanks(rows.map((r) => r.count));
  rows.forEach((r, i) => (r.rank = ranks[i]!));
  return rows;
}
