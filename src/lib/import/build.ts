// Table + confirmed mapping → ImportedList: one ImportRow per data row, in order, each with a status. Runs in the
// worker in chunks (importRows) so progress can be reported and the import cancelled between chunks.
import { geocodeRow, type Geocoder } from '../geocode-table.ts';
import type { Table, TableRow } from '../read/types.ts';
import type { GeoResult, ListMeta } from '../types.ts';
import { enterpriseKey } from '../registry/index.ts';
import type { ColumnMapping } from './mapping.ts';
import { countRows, fixKey, fixResult, rowsWithAmount } from './fix.ts';
import { joinMsgs, type Msg } from '../i18n/index.ts';
import { IMPORT_PLAN, IMPORT_PLAN_NAME, type Fixes, type ImportedList, type ImportRow, type RowProblem } from './types.ts';

export { applyFix, countRows, fixKey, fixResult, needsAttention, upgradeStored } from './fix.ts';
import { validateRow } from './validate.ts';
import { MAX_PROJECT_BUBBLES } from '../view/map/bubbleTotals.ts';

/** Geocoder that answers remembered fixes first; fixes only apply to texts the geocoder did not resolve itself. */
export function withFixes(geocode: Geocoder, fixes: Fixes): Geocoder {
  const answers = new Map<string, GeoResult>();
  return (text) => {
    const r = geocode(text);
    if (r.status === 'resolved' || r.status === 'rejected') return r;
    const fix = fixes[fixKey(text)];
    if (!fix) return r;
    let a = answers.get(fixKey(text));
    if (!a) answers.set(fixKey(text), (a = fixResult(fix)));
    return a;
  };
}

/**
 * One array for every clean row: postMessage and IndexedDB clone a shared object once, which keeps 100,000 rows
 * cheap to hand to the page. Never mutated.
 */
const NO_PROBLEMS: RowProblem[] = [];

/** Rows [from, to) of the table → ImportRows. */
export function importRows(table: Table, mapping: ColumnMapping, geocode: Geocoder, from: number, to: number): ImportRow[] {
  const width = table.headers.length;
  const out: ImportRow[] = [];
  const opts = { unit: mapping.unit, hasName: mapping.name >= 0, hasAmount: mapping.amount >= 0 };
  const cell = (row: TableRow, i: number) => (i >= 0 ? (row.cells[i] ?? '') : '');
  for (let k = from; k < Math.min(to, table.rows.length); k++) {
    const row = table.rows[k]!;
    const result = geocodeRow(row, mapping.location, width, geocode);
    const cells = row.cells.slice(0, width);
    while (cells.length < width) cells.push('');
    if (row.problems) {
      // One problem entry for the reader's findings: the row's geo note carries the same message (with any extra
      // cells) for the export's geo_note, and the report shows the problem only.
      out.push({
        index: row.index,
        sourceLine: row.sourceLine,
        cells,
        geo: result,
        problems: [{ code: 'reader', msg: joinMsgs(row.problems) }],
        notRecord: true,
      });
      continue;
    }
    const v = validateRow(
      { name: cell(row, mapping.name), location: cell(row, mapping.location), amount: cell(row, mapping.amount), category: cell(row, mapping.category) },
      opts,
    );
    const name = cell(row, mapping.name).trim();
    const r: ImportRow = { index: row.index, sourceLine: row.sourceLine, cells, geo: result, problems: v.problems.length ? v.problems : NO_PROBLEMS };
    if (name) r.key = enterpriseKey(name);
    if (result.confidence.rule === 'user-fix') r.fixed = true;
    if (v.investmentWan !== undefined) r.investmentWan = v.investmentWan;
    out.push(r);
  }
  return out;
}

export interface ListInfo {
  id: string;
  name: string;
  fileName: string;
  /** ISO time; the date part is the list's as-of date. */
  importedAt: string;
}

/** Assemble the list once every row is in. */
export function finishImport(table: Table, mapping: ColumnMapping, rows: ImportRow[], info: ListInfo): ImportedList {
  const withAmount = rowsWithAmount(rows);
  const notes: Msg[] = [];
  // The map then sums the projects per place (src/app/overlays.ts bubbleModel); the note says so up front, since
  // the reader of the report expects one bubble per row. (Key kept: lists stored before say the same today.)
  if (withAmount > MAX_PROJECT_BUBBLES) notes.push({ key: 'import.note.noBubbles', params: { n: withAmount, max: MAX_PROJECT_BUBBLES } });
  const nameHeader = mapping.name >= 0 ? (table.headers[mapping.name] ?? '') : '';
  const meta: ListMeta = {
    id: info.id,
    name: info.name,
    nameEn: info.name,
    plan: IMPORT_PLAN,
    planName: IMPORT_PLAN_NAME,
    doc: info.fileName,
    table: table.sheet ?? '',
    tableTitle: table.titleRows.join(' ') || info.fileName,
    kind: /项目/.test(nameHeader) ? 'project' : /园区/.test(nameHeader) ? 'park' : 'enterprise',
    hasLocation: true,
    hasInvestment: withAmount > 0,
    asOf: info.importedAt.slice(0, 10),
    rows: rows.filter((r) => !r.notRecord).length,
  };
  return {
    meta,
    fileName: info.fileName,
    importedAt: info.importedAt,
    format: table.format,
    encoding: table.encoding,
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
    ...(table.sheetNames ? { sheetNames: table.sheetNames } : {}),
    sourceUnit: table.sourceUnit,
    titleRows: table.titleRows,
    skippedTitleRows: table.skippedTitleRows,
    trailingBlankRows: table.trailingBlankRows,
    headers: table.headers,
    mapping,
    rows,
    counts: countRows(rows),
    notes,
  };
}

/** The whole import in one call (tests, small files). */
export function buildImport(table: Table, mapping: ColumnMapping, geocode: Geocoder, fixes: Fixes, info: ListInfo): ImportedList {
  return finishImport(table, mapping, importRows(table, mapping, withFixes(geocode, fixes), 0, table.rows.length), info);
}
