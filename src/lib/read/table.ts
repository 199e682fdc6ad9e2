// Grid of cells → Table: find the header row under any title rows, then account for every row below it.
import { ReadError } from './errors.ts';
import { MAX_COLUMNS } from './limits.ts';
import type { Table, TableRow } from './types.ts';
import type { Msg } from '../i18n/index.ts';

export interface RawRow {
  /** Position in the file (line, worksheet row or JSON element), 1-based. */
  line: number;
  cells: string[];
  /** Problems the parser already saw (e.g. an unterminated quote). */
  problems?: Msg[];
}

export type TableBase = Omit<Table, 'headers' | 'rows' | 'skippedTitleRows' | 'titleRows' | 'trailingBlankRows'>;

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
const nonEmpty = (cells: string[]) => cells.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);
const NUMERIC = /^[-+]?[\d,.]+%?$/;

/** Distinct non-empty cells that are not bare numbers: a merged caption repeated across cells counts once. */
function distinctText(cells: string[]): number {
  const seen = new Set<string>();
  for (const c of cells) {
    const t = c.trim();
    if (t !== '' && !NUMERIC.test(t)) seen.add(t);
  }
  return seen.size;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** How far down a header may sit, and how many rows below it are looked at to judge it. */
const MAX_TITLE_ROWS = 30;
const LOOKAHEAD = 20;
/** A header must fill at least this share of the typical data row's non-empty cells. */
const WIDTH_RATIO = 0.6;

/**
 * 0-based index of the header row: the first row with ≥ 2 distinct non-numeric cells that is about as wide
 * (non-empty cells ≥ 60 % of the median of the next 20 non-blank rows) as the rows that follow it.
 * Captions (one text, or one merged cell repeated), "填报单位：… 日期：…" lines and blank rows fail that test.
 * Single-column files, and files where no row passes, use the first non-blank row.
 */
export function detectHeaderRow(rows: string[][]): number {
  const firstNonBlank = rows.findIndex((r) => !isBlank(r));
  if (firstNonBlank < 0) return 0;
  const limit = Math.min(rows.length, MAX_TITLE_ROWS);
  for (let i = firstNonBlank; i < limit; i++) {
    const row = rows[i]!;
    if (distinctText(row) < 2) continue;
    const widths: number[] = [];
    for (let j = i + 1; j < rows.length && widths.length < LOOKAHEAD; j++) {
      if (!isBlank(rows[j]!)) widths.push(nonEmpty(rows[j]!));
    }
    if (widths.length === 0 || nonEmpty(row) >= WIDTH_RATIO * median(widths)) return i;
  }
  return firstNonBlank;
}

export interface BuildOptions {
  /** CSV rows with fewer cells than the header are broken records; XLSX/JSON rows simply have empty cells. */
  flagShort: boolean;
  /** Use this row as the header instead of detecting it (JSON: the keys). */
  headerRow?: number;
  /** Keep blank rows at the end as data (JSON: an empty object is still an element someone wrote). */
  keepBlankTail?: boolean;
}

/** Build a Table from raw rows. Throws ReadError('empty') when there is no non-blank row at all. */
export function buildTable(raw: RawRow[], base: TableBase, opts: BuildOptions): Table {
  let end = raw.length;
  while (!opts.keepBlankTail && end > 0 && isBlank(raw[end - 1]!.cells) && !raw[end - 1]!.problems) end--;
  if (end === 0 || raw.slice(0, end).every((r) => isBlank(r.cells)))
    throw new ReadError('empty', 'no data: every row of the file is blank', { key: 'read.err.blank' });
  const trailingBlankRows = raw.length - end;
  const h = opts.headerRow ?? detectHeaderRow(raw.slice(0, Math.min(end, MAX_TITLE_ROWS + LOOKAHEAD + 1)).map((r) => r.cells));
  const headers = raw[h]!.cells;
  const width = headers.length;
  // Checked here, the one place every format's header passes, before the rows are built or a picker is filled.
  if (width > MAX_COLUMNS) {
    throw new ReadError('too-wide', `${width} columns in the header, the limit is ${MAX_COLUMNS}: keep only the columns you need`, {
      key: 'import.read.tooWide',
      params: { n: width, max: MAX_COLUMNS },
    });
  }
  const titleRows = raw
    .slice(0, h)
    .filter((r) => !isBlank(r.cells))
    .map((r) => [...new Set(r.cells.map((c) => c.trim()).filter((c) => c !== ''))].join(' '));
  const rows: TableRow[] = [];
  for (let i = h + 1; i < end; i++) {
    const r = raw[i]!;
    const problems: Msg[] = [...(r.problems ?? [])];
    let cells = r.cells;
    if (isBlank(cells)) {
      if (!problems.length) problems.push({ key: 'read.empty' });
    } else if (cells.length > width) problems.push({ key: 'read.long', params: { n: cells.length, width } });
    else if (cells.length < width && opts.flagShort) problems.push({ key: 'read.short', params: { n: cells.length, width } });
    if (cells.length < width) cells = cells.concat(Array<string>(width - cells.length).fill(''));
    const row: TableRow = { index: i - h, sourceLine: r.line, cells };
    if (problems.length) row.problems = problems;
    rows.push(row);
  }
  return { ...base, headers, rows, skippedTitleRows: h, titleRows, trailingBlankRows };
}
