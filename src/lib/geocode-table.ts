// Table rows → output rows with geo_* columns: the CLI and the browser import share this mapping, so both
// count statuses the same way and both keep exactly one output row per input data row.
import type { Table, TableRow } from './read/types.ts';
import type { GeoResult, GeoStatus } from './types.ts';

export const GEO_COLUMNS = ['geo_status', 'geo_county_code', 'geo_county', 'geo_park', 'geo_town', 'geo_confidence', 'geo_note'] as const;

export type GeoCounts = { rows: number } & Record<GeoStatus, number>;

export type Geocoder = (text: string) => GeoResult;

export const emptyCounts = (): GeoCounts => ({ rows: 0, resolved: 0, ambiguous: 0, unresolved: 0, rejected: 0 });

/** The one-line summary both the CLI and the UI print. */
export const formatCounts = (c: GeoCounts) =>
  `rows: ${c.rows}, resolved: ${c.resolved}, ambiguous: ${c.ambiguous}, unresolved: ${c.unresolved}, rejected: ${c.rejected}`;

function rejected(note: string, rule: string): GeoResult {
  return { status: 'rejected', confidence: { rule, score: 0 }, note };
}

/**
 * Geocode one row. Rows the reader flagged (short, long, empty, broken quotes, non-object JSON) are rejected with
 * the reason — long rows also list their extra cells, which have no column in the output. A geocoder exception
 * rejects that row only.
 */
export function geocodeRow(row: TableRow, column: number, width: number, geocode: Geocoder): { cells: string[]; result: GeoResult } {
  const cells = row.cells.slice(0, width);
  let result: GeoResult;
  if (row.problem) {
    const extra = row.cells.length > width ? `; extra cells: ${row.cells.slice(width).join(' | ')}` : '';
    result = rejected(row.problem + extra, 'row');
  } else {
    try {
      result = geocode(row.cells[column] ?? '');
    } catch (e) {
      result = rejected(`geocoder error: ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  }
  const r = result;
  const geo = [r.status, r.countyCode ?? '', r.county ?? '', r.park ?? '', r.town ?? '', `${r.confidence.rule}:${r.confidence.score}`, r.note ?? ''];
  return { cells: cells.concat(geo), result };
}

/** Same text, same answer: memoise, since lists repeat a handful of county names thousands of times. */
export function memoGeocoder(geocode: Geocoder): Geocoder {
  const cache = new Map<string, GeoResult>();
  return (text) => {
    let r = cache.get(text);
    if (!r) {
      // Bounded so a file of 1,000,000 unique addresses does not keep every answer.
      if (cache.size >= 50_000) cache.clear();
      cache.set(text, (r = geocode(text)));
    }
    return r;
  };
}

export interface GeocodedTable {
  headers: string[];
  rows: string[][];
  results: GeoResult[];
  counts: GeoCounts;
}

/** Every table row → one output row, in order; counts add up to table.rows.length. */
export function geocodeTable(table: Table, column: number, geocode: Geocoder): GeocodedTable {
  const width = table.headers.length;
  const g = memoGeocoder(geocode);
  const counts = emptyCounts();
  const rows: string[][] = [];
  const results: GeoResult[] = [];
  for (const row of table.rows) {
    const out = geocodeRow(row, column, width, g);
    rows.push(out.cells);
    results.push(out.result);
    counts.rows++;
    counts[out.result.status]++;
  }
  return { headers: [...table.headers, ...GEO_COLUMNS], rows, results, counts };
}
