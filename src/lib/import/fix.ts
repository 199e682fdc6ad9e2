// User fixes, row counts and stored lists brought up to date, apart from build.ts so the page can apply them
// without bundling zod (validation runs only in the worker).
import { emptyCounts, type GeoCounts } from '../geocode-table.ts';
import { eachRow, runAll, type Steps } from '../aggregate/slices.ts';
import type { GeoResult } from '../types.ts';
import type { Fix, ImportedList, ImportRow } from './types.ts';

/** The key a fix is remembered under: the location text as typed, trimmed (the geocoder normalises the rest). */
export const fixKey = (text: string) => text.trim();

export function fixResult(fix: Fix): GeoResult {
  return {
    status: 'resolved',
    countyCode: fix.countyCode,
    county: fix.county,
    ...(fix.park ? { park: fix.park } : {}),
    confidence: { rule: 'user-fix', score: 1 },
    // Worded where shown (geoNoteText): 用户指定：经开区（涪城区） / set by the user: 经开区 (涪城区).
    note: fix.park
      ? { key: 'import.fix.note', params: { place: { key: 'import.place.park', params: { park: fix.park, county: fix.county } } } }
      : { key: 'import.fix.note', params: { place: fix.county } },
  };
}

export function countRows(rows: readonly ImportRow[]): GeoCounts {
  const c = emptyCounts();
  for (const r of rows) {
    c.rows++;
    c[r.geo.status]++;
  }
  return c;
}

/**
 * The user settled one location text: every row of the list with that text (and not refused by the reader) takes
 * the place. Returns a new list; the caller also remembers the fix for the next import. As steps (one pass over the
 * rows, yielding between slices) so the page can apply a fix to a 1,000,000-row list without a long task.
 */
export function* applyFixSteps(list: ImportedList, text: string, fix: Fix): Steps<{ list: ImportedList; changed: number }> {
  const key = fixKey(text);
  const loc = list.mapping.location;
  const answer = fixResult(fix);
  const counts = emptyCounts();
  let changed = 0;
  const rows: ImportRow[] = new Array<ImportRow>(list.rows.length);
  yield* eachRow(list.rows.length, (i) => {
    let r = list.rows[i]!;
    if (!(r.notRecord || r.geo.status === 'rejected' || fixKey(r.cells[loc] ?? '') !== key)) {
      changed++;
      r = { ...r, geo: answer, fixed: true };
    }
    rows[i] = r;
    counts.rows++;
    counts[r.geo.status]++;
  });
  return { list: { ...list, rows, counts }, changed };
}

export const applyFix = (list: ImportedList, text: string, fix: Fix) => runAll(applyFixSteps(list, text, fix));

/** Rows to show in the report: anything not cleanly resolved, or with a message. */
export const needsAttention = (r: ImportRow) => r.geo.status !== 'resolved' || r.problems.length > 0;

export function rowsWithAmount(rows: readonly ImportRow[]): number {
  return rows.reduce((n, r) => (r.investmentWan !== undefined ? n + 1 : n), 0);
}

/**
 * A list as stored by an earlier version, brought up to date: lists with more than 1,000 amounts were saved with
 * hasInvestment false (they had no bubbles then); the map sums them per place now. Returns the same object when
 * nothing changes.
 */
export function upgradeStored(list: ImportedList): ImportedList {
  if (list.meta.hasInvestment || rowsWithAmount(list.rows) === 0) return list;
  return { ...list, meta: { ...list.meta, hasInvestment: true } };
}
