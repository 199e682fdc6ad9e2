// The data-quality summary: every caveat behind the numbers.
import type { ListMeta } from '../../types.ts';
import type { LocatedRecord } from '../../aggregate/index.ts';
import { addToTally, emptyTally, placementOf } from '../../aggregate/placement.ts';
import { citeMsg } from '../../cite.ts';
import type { Msg } from '../../i18n/index.ts';

export interface QualityView {
  total: number;
  printed: number;
  borrowed: number;
  unplaced: number;
  conflicts: number;
  /** provenance: the printed row (智能化 表4 第10行), worded where shown; id stays for keys and exports only. */
  corrections: { id: string; field: string; printed: string; corrected: string; reason: string; provenance: Msg }[];
  /** Rows to look at, by why: not placed, placed but with conflicting locations, or at a borrowed location. */
  attention: { id: string; name: string; status: 'none' | 'conflict' | 'borrowed'; note?: Msg; provenance: Msg }[];
}

/**
 * Every caveat behind the numbers: seed corrections, borrowed and conflicting locations, rows not on the map.
 * `lists` names each row's plan in its citation; a row of a list not given is cited without it.
 */
export function qualityView(located: readonly LocatedRecord[], lists: readonly Pick<ListMeta, 'id' | 'planName'>[]): QualityView {
  const planName = new Map(lists.map((l) => [l.id, l.planName]));
  const conflictNotes = conflictPlaces(located, planName);
  const tally = emptyTally();
  const corrections: QualityView['corrections'] = [];
  const attention: QualityView['attention'] = [];
  for (const row of located) {
    addToTally(tally, row);
    const { record: r, loc } = row;
    const provenance = citeMsg(r, planName.get(r.list));
    for (const c of r.corrections) corrections.push({ id: r.id, ...c, provenance });
    const placement = placementOf(loc);
    // A conflict outranks a borrowed location: the row is placed, but the print disagrees with itself.
    const status = placement === 'unplaced' ? 'none' : loc.conflict ? 'conflict' : placement === 'borrowed' ? 'borrowed' : undefined;
    // A printed row of a conflict carries no note of its own (it is where it says): name both printed places here.
    const note = loc.note ?? (status === 'conflict' ? conflictNotes.get(row.key) : undefined);
    if (status) attention.push({ id: r.id, name: r.name, status, ...(note ? { note } : {}), provenance });
  }
  const { total, printed, borrowed, unplaced, conflict: conflicts } = tally;
  return { total, printed, borrowed, unplaced, conflicts, corrections, attention };
}

/**
 * For every enterprise whose rows print places that disagree: "印刷属地不一致：经开区（绿色化 表3 第1行）、高新区（服务化
 * 表7 第2行、…）", every printed place with the rows that print it.
 */
function conflictPlaces(located: readonly LocatedRecord[], planName: ReadonlyMap<string, string>): Map<string, Msg> {
  const conflicted = new Set(located.filter((l) => l.loc.conflict).map((l) => l.key));
  const places = new Map<string, Map<string, Msg[]>>();
  for (const l of located) {
    if (!conflicted.has(l.key) || l.loc.source !== 'printed' || !l.loc.unit) continue;
    let byUnit = places.get(l.key);
    if (!byUnit) places.set(l.key, (byUnit = new Map()));
    const rows = byUnit.get(l.loc.unit) ?? [];
    rows.push(citeMsg(l.record, planName.get(l.record.list)));
    byUnit.set(l.loc.unit, rows);
  }
  const out = new Map<string, Msg>();
  for (const [key, byUnit] of places) {
    const list: Msg[] = [...byUnit].map(([unit, rows]) => ({ key: 'reg.placeRows', params: { unit, rows } }));
    out.set(key, { key: 'quality.conflictPlaces', params: { places: list } });
  }
  return out;
}
