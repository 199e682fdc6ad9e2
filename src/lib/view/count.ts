// Placed records → counts per area, the shape aggregate.countByArea returns. The map needs each record's point
// as well (bubbles, green parks), so placement happens once in the app and counting is this small pure step.
import type { SeedRecord } from '../types.ts';
import type { CountCell } from './areas.ts';

export interface Placed {
  record: SeedRecord;
  /** Enterprise identity for distinct counting (registry key when available, else the name). */
  key: string;
  /** Unit as printed, canonicalised: a county code, or a park id. Absent = not placed. */
  countyCode?: string;
  parkId?: string;
  point?: [number, number];
  /** Where the location came from: printed on the row, borrowed from the same enterprise elsewhere, or none. */
  source: 'printed' | 'borrowed' | 'none';
  note?: string;
}

export const UNPLACED = '未定位';

/** by 'county': parks fold into their county; by 'unit': park records count for the park only. */
export function countPlaced(placed: readonly Placed[], opts: { lists: ReadonlySet<string>; by: 'county' | 'unit'; distinct: boolean }): Map<string, CountCell & { enterprises: string[] }> {
  const out = new Map<string, { count: number; investmentWan?: number; enterprises: string[]; seen: Set<string> }>();
  for (const p of placed) {
    if (!opts.lists.has(p.record.list)) continue;
    const area = p.countyCode === undefined ? UNPLACED : opts.by === 'unit' && p.parkId ? p.parkId : p.countyCode;
    let cell = out.get(area);
    if (!cell) out.set(area, (cell = { count: 0, enterprises: [], seen: new Set() }));
    const first = !cell.seen.has(p.key);
    if (first) {
      cell.seen.add(p.key);
      cell.enterprises.push(p.record.name);
    }
    if (!opts.distinct || first) cell.count++;
    if (p.record.investmentWan !== undefined) cell.investmentWan = (cell.investmentWan ?? 0) + p.record.investmentWan;
  }
  return new Map([...out].map(([k, { seen: _seen, ...c }]) => [k, c]));
}
