// Ranking of areas for the current view, and 2–4 areas side by side. Built from the same AreaModel the choropleth
// draws, so ranks and counts match the map and its legend exactly.
import type { ListMeta } from '../../types.ts';
import { areaIdOf, type By, type LocatedRecord } from '../../aggregate/index.ts';
import { competitionRanks } from '../../aggregate/rank.ts';
import type { AreaKind } from '../areaById.ts';
import type { AreaView } from '../areas.ts';

export interface RankRow {
  id: string;
  name: string;
  kind: AreaKind;
  count: number;
  /** Competition rank: ties share a rank (1, 2, 2, 4). */
  rank: number;
  share: number;
  investmentWan?: number;
}

/** Areas with data, by count desc then name; share of the placed total. */
export function rankingView(areas: readonly AreaView[]): RankRow[] {
  const rows = areas
    .filter((a) => a.count !== undefined)
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      count: a.count!,
      rank: 0,
      share: 0,
      ...(a.investmentWan !== undefined ? { investmentWan: a.investmentWan } : {}),
    }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const total = rows.reduce((s, r) => s + r.count, 0);
  const ranks = competitionRanks(rows.map((r) => r.count));
  rows.forEach((r, i) => {
    r.rank = ranks[i]!;
    r.share = total ? r.count / total : 0;
  });
  return rows;
}

export interface CompareView {
  areas: { id: string; name: string; total: number; rank: number; investmentWan: number }[];
  rows: { list: string; name: string; counts: number[] }[];
}

/** 2–4 areas side by side: counts per list (all chosen lists, zeros kept), totals, rank from the ranking. */
export function compareView(
  located: readonly LocatedRecord[],
  lists: readonly ListMeta[],
  ids: readonly string[],
  by: By,
  ranking: readonly RankRow[],
): CompareView {
  const col = new Map(ids.map((id, j) => [id, j]));
  const row = new Map(lists.map((l, i) => [l.id, i]));
  const counts = lists.map(() => ids.map(() => 0));
  const invest = ids.map(() => 0);
  for (const { record, loc } of located) {
    const i = row.get(record.list);
    const j = col.get(areaIdOf(loc, by));
    if (i === undefined || j === undefined) continue;
    counts[i]![j]!++;
    if (record.investmentWan !== undefined) invest[j]! += record.investmentWan;
  }
  const rankOf = new Map(ranking.map((r) => [r.id, r]));
  return {
    areas: ids.map((id, j) => ({
      id,
      name: rankOf.get(id)?.name ?? id,
      total: counts.reduce((s, c) => s + c[j]!, 0),
      rank: rankOf.get(id)?.rank ?? 0,
      investmentWan: invest[j]!,
    })),
    rows: lists.map((l, i) => ({ list: l.id, name: l.name, counts: counts[i]! })),
  };
}
