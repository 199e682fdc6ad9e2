// Where each bundled (seed) record sits, decided once at build time: `npm run data` (scripts/place-seeds.ts) runs the
// registry and the geocoder over data/records.json and writes data/placed.json; the app joins that file back to the
// records instead of building the registry in the browser, so neither module is on the start-up path.
// Imported lists are still placed in the worker and the page (they are not known at build time).
import type { SeedRecord } from '../types.ts';
import type { LocatedRecord } from './types.ts';

/**
 * One line of data/placed.json: the record's id, its registry key (distinct counts) and the registry's answer as it
 * serialises to JSON. `loc` is written as the registry returns it, whatever its fields are, so a change there (a note
 * that becomes a message with parameters, say) reaches the file by `npm run data` alone; the agreement test
 * (src/app/data.test.ts) fails until it does.
 */
export interface SeedPlacement {
  id: string;
  key: string;
  loc: LocatedRecord['loc'];
}

export const toSeedPlacements = (located: readonly LocatedRecord[]): SeedPlacement[] => located.map(({ record, key, loc }) => ({ id: record.id, key, loc }));

/** The records and the placement file do not describe the same records (one was rebuilt without the other). */
export class PlacementMismatch extends Error {
  constructor(
    readonly missing: readonly string[],
    readonly extra: readonly string[],
  ) {
    const few = (ids: readonly string[]) => ids.slice(0, 5).join('、') + (ids.length > 5 ? ` 等 ${ids.length} 条` : '');
    const parts = [
      missing.length ? `${missing.length} 条记录没有位置（${few(missing)}）` : '',
      extra.length ? `${extra.length} 个位置没有对应记录（${few(extra)}）` : '',
    ].filter(Boolean);
    super(`data/placed.json 与 data/records.json 不一致：${parts.join('；')}（请运行 npm run data）`);
    this.name = 'PlacementMismatch';
  }
}

export const isPlacementMismatch = (e: unknown): e is PlacementMismatch => e instanceof PlacementMismatch;

/**
 * The records with their build-time places, in the records' order. Every record must have exactly one placement and
 * every placement a record: a stale file is refused whole (with the ids at fault) rather than leaving a record
 * without a place, which would silently drop it from every count.
 */
export function joinPlacements(records: readonly SeedRecord[], placements: readonly SeedPlacement[]): LocatedRecord[] {
  const byId = new Map(placements.map((p) => [p.id, p]));
  const ids = new Set(records.map((r) => r.id));
  const missing = records.filter((r) => !byId.has(r.id)).map((r) => r.id);
  // A repeated id in the file counts as extra too: the file has one line per record.
  const seen = new Set<string>();
  const extra = placements.filter((p) => seen.size === seen.add(p.id).size || !ids.has(p.id)).map((p) => p.id);
  if (missing.length || extra.length) throw new PlacementMismatch(missing, extra);
  return records.map((record) => {
    const p = byId.get(record.id)!;
    return { record, key: p.key, loc: p.loc };
  });
}
