// Shapes shared by the aggregation modules.
import type { SeedRecord } from '../types.ts';
import type { ResolvedLocation } from '../registry/index.ts';

export const UNPLACED = '未定位';

/** What an area is: a county with its parks folded in, or each park a unit of its own beside its county. */
export const COUNT_UNITS = ['county', 'unit'] as const;
export type By = (typeof COUNT_UNITS)[number];

export interface LocatedRecord {
  record: SeedRecord;
  /** Registry key: the enterprise identity used for distinct counts. */
  key: string;
  loc: ResolvedLocation;
}
