// Table rows → output rows with geo_* columns: the CLI and the browser import share this mapping, so both
// count statuses the same way and both keep exactly one output row per input data row.
import type { Table, TableRow } from './read/types.ts';
import type { GeoResult, GeoStatus } from './types.ts';
import { joinMsgs, type Msg } from './i18n/index.ts';

/**
 * The geo_* columns the geocode CLI appends and the browser's CSV/GeoJSON export writes: one list, so a CLI output
 * and an export line up column for column, and a file that already has them gets them replaced, not repeated.
 */
export const GEO_COLUMNS = ['geo_status', 'geo_county_code', 'geo_county', 'geo_park', 'geo_town', 'geo_confidence', 'geo_note'] as const;
export type GeoColumn = (typeof GEO_COLUMNS)[number];
export const isGeoColumn = (header: string): header is GeoColumn => (GEO_COLUMNS as readonly string[]).includes(header);

/** Each column's cell; a Record over GeoColumn, so a column added to GEO_COLUMNS without a value fails to compile. */
const GEO_CELL: Record<GeoColumn, (r: GeoResult, note: string) => string> = {
  geo_status: (r) => r.status,
  geo_county_code: (r) => r.countyCode ?? '',
  geo_county: (r) => r.county ?? '',
  geo_park: (r) => r.park ?? '',
  geo_town: (r) => r.town ?? '',
  geo_confidence: (r) => `${r.confidence.rule}:${r.confidence.score}`,
  geo_note: (_, note) => note,
};

/** A result as the GEO_COLUMNS cells, in that order, its note worded by the caller (CLI: English; app: the UI's language). */
export const geoCells = (r: GeoResult, note: string): string[] => GEO_COLUMNS.map((c) => GEO_CELL[c](r, note));

export type GeoCounts = { rows: number } & Record<GeoStatus, number>;

export type Geocoder = (text: string) => GeoResult;

export const emptyCounts = (): GeoCounts => ({ rows: 0, resolved: 0, ambiguous: 0, unresolved: 0, rejected: 0 });

/** The one-line summary both the CLI and the UI print. */
export const formatCounts = (c: GeoCounts) =>
  `rows: ${c.rows}, resolved: ${c.resolved}, ambiguous: ${c.ambiguous}, unresolved: ${c.unresolved}, rejected: ${c.rejected}`;

function rejected(note: Msg, rule: string): GeoResult {
  return { status: 'rejected', confidence: { rule, score: 0 }, note };
}

/**
 * Geocode one row. Rows the reader flagged (short, long, empty, broken quotes, non-object JSON) are rejected with
 * the reason — long rows also list their extra cells, which have no column in the output. A geocoder exception
 * rejects that row only.
 */
export function geocodeRow(row: TableRow, column: number, width: number, geocode: Geocoder): GeoResult {
  if (row.problems) {
    const extra: Msg[] = row.cells.length > width ? [{ key: 'read.extra', params: { cells: row.cells.slice(width).join(' | ') } }] : [];
    return rejected(joinMsgs([...row.problems, ...extra]), 'row');
  }
  try {
    return geocode(row.cells[column] ?? '');
  } catch (e) {
    return rejected({ key: 'geo.error', params: { error: e instanceof Error ? e.message : String(e) } }, 'error');
  }
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

/**
 * Every table row → one output row, in order; counts add up to table.rows.length. Input columns named exactly as
 * one of GEO_COLUMNS (a previous run's output) are dropped and written afresh, so running geocode on its own output
 * replaces the geo_* columns instead of appending a second set. `column` indexes table.headers as read.
 */
export function geocodeTable(table: Table, column: number, geocode: Geocoder, word: (note: Msg) => string): GeocodedTable {
  const keep = table.headers.flatMap((h, i) => (isGeoColumn(h) ? [] : [i]));
  const input = keep.length === table.headers.length ? table : withColumns(table, keep);
  const at = keep.indexOf(column);
  const width = input.headers.length;
  const g = memoGeocoder(geocode);
  const counts = emptyCounts();
  const rows: string[][] = [];
  const results: GeoResult[] = [];
  for (const row of input.rows) {
    // Geocoding a geo_* column itself makes no sense; its rows are still counted (the column is empty after the drop).
    const result = geocodeRow(row, at < 0 ? width : at, width, g);
    rows.push(row.cells.slice(0, width).concat(geoCells(result, word(result.note))));
    results.push(result);
    counts.rows++;
    counts[result.status]++;
  }
  return { headers: [...input.headers, ...GEO_COLUMNS], rows, results, counts };
}

/** The table with only the columns at `keep`; cells past the header (a long row's extras) stay after them. */
function withColumns(table: Table, keep: readonly number[]): Table {
  const width = table.headers.length;
  const pick = (cells: string[]) => [...keep.map((i) => cells[i] ?? ''), ...cells.slice(width)];
  return { ...table, headers: pick(table.headers), rows: table.rows.map((r) => ({ ...r, cells: pick(r.cells) })) };
}
