// Counts per area (from aggregate.countByArea) → what the map draws: county fills, park circles, legend.
// Area ids may be county codes, county names or park names/ids; anything that matches no area is reported
// as unplaced, never dropped.
import type { County, Park } from '../types.ts';
import { classify, colorOf, type Classification, type ClassifyOptions } from '../classify/index.ts';
import type { By } from '../aggregate/types.ts';
import type { AreaKind } from './areaById.ts';

export interface CountCell {
  count: number;
  investmentWan?: number;
}

export interface AreaView {
  /** County code or park id. */
  id: string;
  name: string;
  kind: AreaKind;
  countyCode: string;
  point: [number, number];
  /** undefined = no data (nothing on the selected lists could be placed at all). */
  count: number | undefined;
  investmentWan?: number;
  color: string;
}

export interface AreaModel {
  areas: AreaView[];
  classification: Classification;
  /** County code → fill colour, for the match expression. */
  countyColors: Record<string, string>;
  /** Counts whose area id matched no county or park, e.g. "未定位". */
  unplaced: { id: string; count: number }[];
  /** Sum of all counts, placed + unplaced: equals the number of counted designations / enterprises. */
  total: number;
}

export function areaIndex(
  counties: readonly County[],
  parks: readonly Park[],
): (id: string) => { kind: 'county'; c: County } | { kind: 'park'; p: Park } | undefined {
  const byKey = new Map<string, { kind: 'county'; c: County } | { kind: 'park'; p: Park }>();
  // Parks first, counties after, so a county name always wins over a park alias that happens to equal it.
  for (const p of parks) for (const k of [p.id, p.name, p.fullName]) byKey.set(k, { kind: 'park', p });
  for (const c of counties) for (const k of [c.code, c.name, c.short]) byKey.set(k, { kind: 'county', c });
  return (id) => byKey.get(id);
}

export function buildAreaModel(
  counts: ReadonlyMap<string, CountCell>,
  catalogue: { counties: readonly County[]; parks: readonly Park[] },
  opts: { by: By } & ClassifyOptions,
): AreaModel {
  const lookup = areaIndex(catalogue.counties, catalogue.parks);
  const countyCells = new Map<string, CountCell>();
  const parkCells = new Map<string, CountCell>();
  const unplaced: { id: string; count: number }[] = [];
  let total = 0;
  for (const [id, cell] of counts) {
    total += cell.count;
    const hit = lookup(id);
    if (!hit) {
      unplaced.push({ id, count: cell.count });
      continue;
    }
    // In county mode a park's count is folded into its county here as a safety net if the aggregator
    // handed us park ids anyway; in unit mode parks keep their own circle.
    const [target, key] = hit.kind === 'county' ? [countyCells, hit.c.code] : opts.by === 'county' ? [countyCells, hit.p.countyCode] : [parkCells, hit.p.id];
    const prev = target.get(key);
    target.set(key, prev ? { count: prev.count + cell.count, investmentWan: sum(prev.investmentWan, cell.investmentWan) } : { ...cell });
  }
  const placed = countyCells.size + parkCells.size > 0;
  const countyViews: Omit<AreaView, 'color'>[] = catalogue.counties.map((c) => {
    const cell = countyCells.get(c.code);
    return {
      id: c.code,
      name: c.name,
      kind: 'county',
      countyCode: c.code,
      point: c.point,
      count: placed ? (cell?.count ?? 0) : undefined,
      ...(cell?.investmentWan !== undefined ? { investmentWan: cell.investmentWan } : {}),
    };
  });
  // Parks with nothing on the lists stay off the map: a ring of zero-circles would bury the counties.
  const parkViews: Omit<AreaView, 'color'>[] = catalogue.parks
    .filter((p) => (parkCells.get(p.id)?.count ?? 0) > 0)
    .map((p) => {
      const cell = parkCells.get(p.id)!;
      return {
        id: p.id,
        name: p.name,
        kind: 'park',
        countyCode: p.countyCode,
        point: p.point,
        count: cell.count,
        ...(cell.investmentWan !== undefined ? { investmentWan: cell.investmentWan } : {}),
      };
    });
  const all = [...countyViews, ...parkViews];
  const classification = classify(
    all.map((a) => a.count),
    opts,
  );
  const areas = all.map((a) => ({ ...a, color: colorOf(classification, a.count) }));
  const countyColors: Record<string, string> = {};
  for (const a of areas) if (a.kind === 'county') countyColors[a.id] = a.color;
  unplaced.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { areas, classification, countyColors, unplaced, total };
}

function sum(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : a + b;
}
