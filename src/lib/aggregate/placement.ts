// How each located row was placed, and the tally of a set of rows: the legend's placement line, the data-quality
// tab and its per-list table all count with this one function, so their numbers cannot drift apart. Every row lands
// in exactly one placement (printed | borrowed | unplaced): nothing is dropped.
import type { ResolvedLocation } from '../registry/index.ts';
import type { LocatedRecord } from './types.ts';
import { eachRow, runAll, type Steps } from './slices.ts';

export const PLACEMENTS = ['printed', 'borrowed', 'unplaced'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** Printed location, one borrowed from the same enterprise on another list, or none at all. */
export function placementOf(loc: ResolvedLocation): Placement {
  return loc.countyCode === undefined ? 'unplaced' : loc.source === 'borrowed' ? 'borrowed' : 'printed';
}

export interface PlacementTally {
  total: number;
  printed: number;
  borrowed: number;
  unplaced: number;
  /** Overlapping flags (a row may be both): location conflict, any seed correction. */
  conflict: number;
  corrected: number;
}

export const emptyTally = (): PlacementTally => ({ total: 0, printed: 0, borrowed: 0, unplaced: 0, conflict: 0, corrected: 0 });

/** Mutates `tally`: counts one row into it. */
export function addToTally(tally: PlacementTally, { record, loc }: LocatedRecord): void {
  tally.total++;
  tally[placementOf(loc)]++;
  if (loc.conflict) tally.conflict++;
  if (record.corrections.length > 0) tally.corrected++;
}

/** The tally of the rows `keep` accepts (all rows when it is not given). */
export function tallyPlacement(located: readonly LocatedRecord[], keep: (r: LocatedRecord) => boolean = () => true): PlacementTally {
  const t = emptyTally();
  for (const r of located) if (keep(r)) addToTally(t, r);
  return t;
}

/**
 * One list's rows, tallied once: a list's rows are never edited in place (a fix or a rename makes a new array), so
 * the tally is kept per array and a selection's tally is a sum over its lists, not a pass over every row.
 */
const tallies = new WeakMap<readonly LocatedRecord[], PlacementTally>();

export function* tallySteps(rows: readonly LocatedRecord[]): Steps<PlacementTally> {
  const hit = tallies.get(rows);
  if (hit) return hit;
  const t = emptyTally();
  yield* eachRow(rows.length, (i) => addToTally(t, rows[i]!));
  tallies.set(rows, t);
  return t;
}

export const tallyOf = (rows: readonly LocatedRecord[]): PlacementTally => tallies.get(rows) ?? runAll(tallySteps(rows));

export function sumTallies(parts: Iterable<PlacementTally>): PlacementTally {
  const t = emptyTally();
  for (const p of parts) for (const k of Object.keys(t) as (keyof PlacementTally)[]) t[k] += p[k];
  return t;
}
