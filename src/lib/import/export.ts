// Export of an imported list: CSV for spreadsheets (via the shared writer: BOM, formula neutralisation) and
// GeoJSON for GIS. Every row of the file is in both, in order — unplaced rows with null geometry.
// Language: the user's headers and cells and the geo_* column names (the geocode CLI's) are the same whatever the
// UI's language; the app's own text — import_problems, a user fix's geo_note, the key given to a blank header in
// GeoJSON — is written in the language of t (the UI's when exported from the page).
import { GEO_COLUMNS, geoCells as geoColumnCells } from '../geocode-table.ts';
import type { Translate } from '../i18n/index.ts';
import type { County, GeoResult, Park } from '../types.ts';
import { BOM, csvLine } from '../write/csv.ts';
import { geoNoteText, problemsText } from './messages.ts';
import { pointOf, uniqueHeaders } from './records.ts';
import type { ImportedList, ImportRow } from './types.ts';

export const EXPORT_EXTRA_COLUMNS = ['source_line', 'import_problems'] as const;

/** The geocode CLI's GEO_COLUMNS cells, with the note in t's language (a user's fix is the app's own sentence). */
export const geoCells = (r: GeoResult, t: Translate): string[] => geoColumnCells(r, geoNoteText(t, r));

export function exportHeaders(list: ImportedList): string[] {
  return [...list.headers, ...GEO_COLUMNS, ...EXPORT_EXTRA_COLUMNS];
}

export function exportCsv(list: ImportedList, t: Translate): string {
  return csvHead(list) + csvRows(list, list.rows, t);
}

/** The CSV's first part: BOM and header line. With csvRows over every row in order, the same bytes as exportCsv. */
export const csvHead = (list: ImportedList): string => BOM + csvLine(exportHeaders(list)) + '\r\n';

/** Some rows of the CSV (each line ended by CRLF): the worker writes 1,000,000 rows a chunk at a time. */
export function csvRows(list: ImportedList, rows: readonly ImportRow[], t: Translate): string {
  let out = '';
  for (const r of rows) out += csvLine([...r.cells, ...geoCells(r.geo, t), String(r.sourceLine), problemsText(t, r, list.sourceUnit)]) + '\r\n';
  return out;
}

export interface ImportFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, string | number | null>;
}

export function exportGeoJson(
  list: ImportedList,
  counties: readonly County[],
  parks: readonly Park[],
  t: Translate,
): { type: 'FeatureCollection'; name: string; features: ImportFeature[] } {
  const feature = featureWriter(list, counties, parks, t);
  return { type: 'FeatureCollection', name: list.meta.name, features: list.rows.map(feature) };
}

/** One row → its feature, with the property keys worked out once for the whole list. */
export function featureWriter(list: ImportedList, counties: readonly County[], parks: readonly Park[], t: Translate): (r: ImportRow) => ImportFeature {
  // The user's columns never overwrite ours (or each other): a re-imported CLI output keeps its own geo_status.
  const keys = uniqueHeaders(list.headers, [...GEO_COLUMNS, ...EXPORT_EXTRA_COLUMNS, 'investment_wan'], (i) => t('import.export.blankHeader', { n: i + 1 }));
  return (r) => {
    const properties: Record<string, string | number | null> = {};
    keys.forEach((k, i) => (properties[k] = r.cells[i] ?? ''));
    const geo = geoCells(r.geo, t);
    GEO_COLUMNS.forEach((k, i) => (properties[k] = geo[i]!));
    properties.source_line = r.sourceLine;
    properties.import_problems = problemsText(t, r, list.sourceUnit);
    properties.investment_wan = r.investmentWan ?? null;
    const p = pointOf(r.geo, counties, parks);
    return { type: 'Feature', geometry: p ? { type: 'Point', coordinates: p } : null, properties };
  };
}

/**
 * The GeoJSON text in parts: head, then features chunk by chunk (`first`: no comma before this chunk), then tail.
 * Joined in order they are the bytes of JSON.stringify(exportGeoJson(…)), so a file written a chunk at a time is
 * the file the page used to write whole.
 */
export const geoJsonHead = (list: ImportedList): string => `{"type":"FeatureCollection","name":${JSON.stringify(list.meta.name)},"features":[`;
export const geoJsonTail = ']}';
export function geoJsonFeatures(rows: readonly ImportRow[], feature: (r: ImportRow) => ImportFeature, first: boolean): string {
  let out = '';
  rows.forEach((r, i) => (out += (first && i === 0 ? '' : ',') + JSON.stringify(feature(r))));
  return out;
}

/** A file written in parts: head, then each chunk of rows in order (first: the chunk with the first row), then tail. */
export interface ExportParts {
  mime: string;
  head: string;
  rows: (rows: readonly ImportRow[], first: boolean) => string;
  tail: string;
}

/** The parts writer of one format: what the import worker streams into a Blob. */
export function exportParts(format: 'csv' | 'geojson', list: ImportedList, counties: readonly County[], parks: readonly Park[], t: Translate): ExportParts {
  if (format === 'csv') return { mime: 'text/csv;charset=utf-8', head: csvHead(list), rows: (rows) => csvRows(list, rows, t), tail: '' };
  const feature = featureWriter(list, counties, parks, t);
  return { mime: 'application/geo+json', head: geoJsonHead(list), rows: (rows, first) => geoJsonFeatures(rows, feature, first), tail: geoJsonTail };
}

/** "绿色工厂.xlsx" → "绿色工厂-geocoded.csv"; path separators and control characters never reach the file name. */
export function exportFileName(list: ImportedList, ext: 'csv' | 'geojson'): string {
  const base = list.meta.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/\.[a-z0-9]{2,5}$/i, '') || 'import';
  return `${base}-geocoded.${ext}`;
}
