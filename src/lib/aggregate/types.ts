// Shapes shared by the aggregation modules.
import type { SeedRecord } from '../types.ts';
import type { ResolvedLocation } from '../registry/index.ts';

export const UNPLACED = '未定位';

export type By = 'unit' | 'county';

export interface LocatedRecord {
  record: SeedRecord;
  /** Registry key: the enterprise identity used for distinct counts. */
  key: string;
  loc: ResolvedLocation;
}
