// One district's lists and rows for the analysis drawer. Pure: the rows come from the located records the map
// counts, so the drawer and the choropleth can never disagree.
import type { County, ListMeta, Park } from '../../types.ts';
import { areaIdOf, type By, type LocatedRecord } from '../../aggregate/index.ts';
import { citeMsg } from '../../cite.ts';
import type { Msg } from '../../i18n/index.ts';
import { areaById, type AreaKind } from '../areaById.ts';

export interface DistrictRow {
  id: string;
  list: string;
  listName: string;
  name: string;
  project?: string;
  location: string;
  investmentPrinted?: string;
  /** The amount in 万元 when it could be read from the print (shown with its unit, format.ts investmentText). */
  investmentWan?: number;
  source: 'printed' | 'borrowed' | 'none';
  conflict: boolean;
  /** Why the row is borrowed or unplaced (the registry's message). */
  note?: Msg;
  /** The printed row (智能化 表4 第10行), worded where shown. */
  provenance: Msg;
}

export interface DistrictView {
  id: string;
  name: string;
  kind: AreaKind;
  /** Designations on the chosen lists placed in this area. */
  count: number;
  /** The same for the whole city, placed or not (the share's denominator). */
  cityCount: number;
  share: number;
  investmentWan: number;
  perList: { list: string; name: string; count: number }[];
  rows: DistrictRow[];
}

function areaName(id: string, geo: { counties: readonly County[]; parks: readonly Park[] }): { name: string; kind: AreaKind } | undefined {
  const a = areaById(id, geo);
  return a && (a.kind === 'county' ? { name: a.county.name, kind: 'county' } : { name: a.park.name, kind: 'park' });
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
  const named = areaName(areaId, geo);
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
      ...(r.investmentWan !== undefined ? { investmentWan: r.investmentWan } : {}),
      source: l.loc.source,
      conflict: l.loc.conflict === true,
      ...(l.loc.note ? { note: l.loc.note } : {}),
      provenance: citeMsg(r, planName.get(r.list)),
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
