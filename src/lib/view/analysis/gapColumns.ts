// Column order for the gap matrix: sorting by a row (one list) puts the districts that list reaches most first,
// so its gaps line up at the right. Rows sort by a column elsewhere (insight.ts sortGapRows).

/** Column indices ordered by `cells` descending; ties keep catalogue order (stable, so re-sorting is predictable). */
export function columnOrder(cells: readonly number[]): number[] {
  return cells.map((_, j) => j).sort((a, b) => cells[b]! - cells[a]! || a - b);
}

/** Catalogue order, used when no row is chosen. */
export const identityOrder = (n: number): number[] => Array.from({ length: n }, (_, j) => j);
