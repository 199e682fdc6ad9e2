// Rows grouped by list, in input order. Views that follow the selected lists (placement tally, bubbles) work on the
// selected lists' arrays instead of filtering every row: with a 1,000,000-row list imported, choosing a seed list no
// longer walks the million rows, and a list's own summaries are kept per array (placement.ts tallyOf, bubbles).
import type { ListId } from '../types.ts';
import type { LocatedRecord } from './types.ts';

export function groupByList<T extends LocatedRecord>(rows: readonly T[]): Map<ListId, T[]> {
  const out = new Map<ListId, T[]>();
  for (const r of rows) {
    const l = out.get(r.record.list);
    if (l) l.push(r);
    else out.set(r.record.list, [r]);
  }
  return out;
}
