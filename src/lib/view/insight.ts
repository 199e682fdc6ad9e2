// View models for the analysis drawer: one district's lists and rows, the lists × districts gap matrix, and the
// data-quality summary. Pure: the rows come from the located records the map counts, so the drawer and the
// choropleth can never disagree.
import type { County, ListMeta, Park, SeedRecord } from '../types.ts';
import { areaIdOf, gapMatrix, type LocatedRecord } from '../aggregate/index.ts';

type By = 'county' | 'unit';

/**
 * "绵府办发〔2019〕5号 智能化 表3 第2行" — enough to find the printed row again, and cited as printed in either UI
 * language. The plan's short name (ListMeta.planName) is needed: one document prints a 表3 and a 表5 under several
 * plans (绿色化 表3, 服务化 表3, 登峰 表3), so document + table alone does not find the row. Running text is cited by
 * order of mention and line.
 */
export function provenanceText(r: SeedRecord, planName: string): string {
  const where = r.table ? `${r.table} 第${r.row}行` : `第${r.row}项（正文第${r.line}行）`;
  return [r.docTitle, planName, where].filter(Boolean).join(' ');
}

export interface DistrictRow {
  id: string;
  list: string;
  listName: string;
  name: string;
  project?: string;
  location: string;
  investmentPrinted?: string;
  source: 'printed' | 'borrowed' | 'none';
  conflict: boolean;
  note?: string;
  provenance: string;
}

export interface DistrictView {
  id: string;
  name: string;
  kind: 'county' | 'park';
  /** Designations on the chosen lists placed in this area. */
  count: number;
  /** The same for the whole city, placed or not (the share's denominator). */
  cityCount: number;
  share: number;
  investmentWan: number;
  perList: { list: string; name: string; count: number }[];
  rows: DistrictRow[];
}

export function areaName(id: string, counties: readonly County[], parks: readonly Park[]): { name: string; kind: 'county' | 'park' } | undefined {
  const c = counties.find((x) => x.code === id);
  if (c) return { name: c.name, kind: 'county' };
  const p = parks.find((x) => x.id === id);
  return p ? { name: p.name, kind: 'park' } : undefined;
}

/**
 * One area's rows on the chosen lists. With by 'county' a park's rows belong to its county; with by 'unit' they
 * belong to the park only — the same rule as the choropleth, so the drawer's count equals the map's.
 */
export function districtView(
  located: readonly LocatedRecord[],
  lists: readonly ListMeta[],
  areaId: string,
  by: By,
  geo: { counties: readonly County[]; parks: readonly Park[] },
): DistrictView | undefined {
  const named = areaName(areaId, geo.counties, geo.parks);
  if (!named) return undefined;
  const listName = new Map(lists.map((l) => [l.id, l.name]));
  const planName = new Map(lists.map((l) => [l.id, l.planName]));
  const perList = new Map<string, number>();
  const rows: DistrictRow[] = [];
  let cityCount = 0;
  let investmentWan = 0;
  for (const l of located) {
    if (!listName.has(l.record.list)) continue;
    cityCount++;
    if (areaIdOf(l.loc, by) !== areaId) continue;
    const r = l.record;
    perList.set(r.list, (perList.get(r.list) ?? 0) + 1);
    if (r.investmentWan !== undefined) investmentWan += r.investmentWan;
    rows.push({
      id: r.id,
      list: r.list,
      listName: listName.get(r.list)!,
      name: r.name,
      ...(r.project ? { project: r.project } : {}),
      location: r.location ?? l.loc.unit ?? '',
      ...(r.investmentPrinted ? { investmentPrinted: r.investmentPrinted } : {}),
      source: l.loc.source,
      conflict: l.loc.conflict === true,
      ...(l.loc.note ? { note: l.loc.note } : {}),
      provenance: provenanceText(r, planName.get(r.list)!),
    });
  }
  const count = rows.length;
  return {
    id: areaId,
    ...named,
    count,
    cityCount,
    share: cityCount ? count / cityCount : 0,
    investmentWan,
    perList: lists.filter((l) => perList.has(l.id)).map((l) => ({ list: l.id, name: l.name, count: perList.get(l.id)! })),
    rows,
  };
}

/** Rows whose name, project or list contains the query (case-insensitive); empty query keeps all. */
export function filterRows(rows: readonly DistrictRow[], query: string): DistrictRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  return rows.filter((r) => [r.name, r.project ?? '', r.listName].some((s) => s.toLowerCase().includes(q)));
}

export interface GapView {
  counties: { code: string; name: string }[];
  rows: { list: string; name: string; cells: number[]; zeros: number; other: number }[];
  /** Per county, how many of the lists have nothing there. */
  zerosByCounty: number[];
}

/** Lists × the nine counties (parks folded in), zeros kept: where a programme has not reached. */
export function gapView(located: readonly LocatedRecord[], lists: readonly ListMeta[], counties: readonly County[]): GapView {
  const m = gapMatrix(located, lists.map((l) => l.id), counties.map((c) => c.code), 'county');
  const rows = lists.map((l, i) => ({ list: l.id, name: l.name, cells: m.cells[i]!, zeros: m.cells[i]!.filter((n) => n === 0).length, other: m.other[i]! }));
  return {
    counties: counties.map((c) => ({ code: c.code, name: c.name })),
    rows,
    zerosByCounty: counties.map((_, j) => rows.filter((r) => r.cells[j] === 0).length),
  };
}

export type GapSort = { by: 'list' } | { by: 'county'; index: number } | { by: 'zeros' };

/** Sorted copy of the matrix rows: by catalogue order, by one county's count (desc), or by number of gaps (desc). */
export function sortGapRows(rows: GapView['rows'], sort: GapSort): GapView['rows'] {
  const out = [...rows];
  if (sort.by === 'county') out.sort((a, b) => b.cells[sort.index]! - a.cells[sort.index]!);
  else if (sort.by === 'zeros') out.sort((a, b) => b.zeros - a.zeros);
  return out;
}

export interface QualityView {
  total: number;
  printed: number;
  borrowed: number;
  unplaced: number;
  conflicts: number;
  corrections: { id: string; field: string; printed: string; corrected: string; reason: string; provenance: string }[];
  /** Rows to look at, by why: not placed, placed but with conflicting locations, or at a borrowed location. */
  attention: { id: string; name: string; status: 'none' | 'conflict' | 'borrowed'; note: string; provenance: string }[];
}

/**
 * Every caveat behind the numbers: seed corrections, borrowed and conflicting locations, rows not on the map.
 * `lists` names each row's plan in its citation; a row of a list not given is cited without it.
 */
export function qualityView(located: readonly LocatedRecord[], lists: readonly Pick<ListMeta, 'id' | 'planName'>[]): QualityView {
  const planName = new Map(lists.map((l) => [l.id, l.planName]));
  const v: QualityView = { total: located.length, printed: 0, borrowed: 0, unplaced: 0, conflicts: 0, corrections: [], attention: [] };
  for (const { record: r, loc } of located) {
    if (loc.countyCode === undefined) v.unplaced++;
    else if (loc.source === 'borrowed') v.borrowed++;
    else v.printed++;
    if (loc.conflict) v.conflicts++;
    const provenance = provenanceText(r, planName.get(r.list) ?? '');
    for (const c of r.corrections) v.corrections.push({ id: r.id, ...c, provenance });
    const status = loc.countyCode === undefined ? 'none' : loc.conflict ? 'conflict' : loc.source === 'borrowed' ? 'borrowed' : undefined;
    if (status) v.attention.push({ id: r.id, name: r.name, status, note: loc.note ?? '', provenance });
  }
  return v;
}
