// Compatibility adapter: the app now counts with aggregate.countByArea on LocatedRecords (src/app/data.ts).
// bench/data.ts was written against this earlier flat shape, so it is kept as a thin wrapper over the real
// aggregator — the bench therefore measures the code the map runs.
import type { SeedRecord } from '../types.ts';
import { countByArea, type AreaCount, type LocatedRecord } from '../aggregate/index.ts';

export { UNPLACED } from '../aggregate/index.ts';

export interface Placed {
  record: SeedRecord;
  /** Enterprise identity for distinct counting (registry key). */
  key: string;
  /** County code; absent = not placed. */
  countyCode?: string;
  /** Park id (geo/parks.json), when the record sits in a park. */
  parkId?: string;
  point?: [number, number];
  source: 'printed' | 'borrowed' | 'none';
  note?: string;
}

export function toLocated(p: Placed): LocatedRecord {
  return {
    record: p.record,
    key: p.key,
    loc: p.countyCode === undefined
      ? { source: 'none', ...(p.note ? { note: p.note } : {}) }
      : { countyCode: p.countyCode, source: p.source, ...(p.parkId ? { kind: 'park' as const, parkId: p.parkId } : { kind: 'county' as const }) },
  };
}

/** by 'county': parks fold into their county; by 'unit': park records count for the park only. */
export function countPlaced(placed: readonly Placed[], opts: { lists: ReadonlySet<string>; by: 'county' | 'unit'; distinct: boolean }): Map<string, AreaCount> {
  return countByArea(placed.map(toLocated), opts);
}
