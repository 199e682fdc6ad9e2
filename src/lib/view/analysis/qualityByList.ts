// Data quality per list: how each list's rows were placed, so a count on the map can be read with its caveats.
// Every located row lands in exactly one placement column (printed | borrowed | unplaced); rows of a list not in the
// catalogue are kept in an "其他" row rather than dropped.
import type { ListMeta } from '../../types.ts';
import type { LocatedRecord } from '../../aggregate/index.ts';
import { addToTally, emptyTally, type PlacementTally } from '../../aggregate/placement.ts';
import type { Translate } from '../../i18n/index.ts';

export interface QualityRow extends PlacementTally {
  list: string;
  name: string;
}

/** Id (and Chinese name) of the row for lists missing from the catalogue; shown as t('drawer.qbl.other'). */
export const OTHER_LIST = '其他';

const empty = (list: string, name: string): QualityRow => ({ list, name, ...emptyTally() });

export function qualityByList(located: readonly LocatedRecord[], lists: readonly ListMeta[]): { rows: QualityRow[]; total: QualityRow } {
  const byId = new Map(lists.map((l) => [l.id, empty(l.id, l.name)]));
  const other = empty(OTHER_LIST, OTHER_LIST);
  const total = empty('', '合计');
  for (const r of located) for (const row of [byId.get(r.record.list) ?? other, total]) addToTally(row, r);
  return { rows: [...byId.values(), ...(other.total ? [other] : [])], total };
}

/** "印刷属地 10 · 借用 2 · 未定位 1" — the one-line caveat shown beside a list's count, in the language of `t`. */
export function caveatText(r: QualityRow, t: Translate): string {
  const parts = [t('drawer.caveat.printed', { n: r.printed })];
  if (r.borrowed) parts.push(t('drawer.caveat.borrowed', { n: r.borrowed }));
  if (r.unplaced) parts.push(t('drawer.caveat.unplaced', { n: r.unplaced }));
  if (r.conflict) parts.push(t('drawer.caveat.conflict', { n: r.conflict }));
  if (r.corrected) parts.push(t('drawer.caveat.corrected', { n: r.corrected }));
  return parts.join(' · ');
}
