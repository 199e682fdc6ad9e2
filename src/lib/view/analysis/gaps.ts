// The lists × districts gap matrix: where a programme has not reached.
import type { County, ListMeta } from '../../types.ts';
import { gapMatrix, type LocatedRecord } from '../../aggregate/index.ts';

export interface GapView {
  counties: { code: string; name: string }[];
  rows: { list: string; name: string; cells: number[]; zeros: number; other: number }[];
  /** Per county, how many of the lists have nothing there. */
  zerosByCounty: number[];
}

/** Lists × the nine counties (parks folded in), zeros kept: where a programme has not reached. */
export function gapView(located: readonly LocatedRecord[], lists: readonly ListMeta[], counties: readonly County[]): GapView {
  const m = gapMatrix(
    located,
    lists.map((l) => l.id),
    counties.map((c) => c.code),
    'county',
  );
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
