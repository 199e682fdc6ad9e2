// The data-quality summary: every caveat behind the numbers.
import type { ListMeta } from '../../types.ts';
import type { LocatedRecord } from '../../aggregate/index.ts';
import { provenanceText } from './provenance.ts';

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
