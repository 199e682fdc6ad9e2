// Shapes the readers produce. Pure types, shared by Node (CLI) and the browser (Web Worker import).
import type { Msg } from '../i18n/index.ts';

export interface TableRow {
  /** 1-based data row number (the row after the header is 1). */
  index: number;
  /**
   * 1-based position of the row in the file: the line where the row starts (CSV/TSV), the worksheet row number
   * (XLSX), or the 1-based array element (JSON) — see Table.sourceUnit.
   */
  sourceLine: number;
  /** Cell texts. Padded to the header width when short; long rows keep their extra cells after the last column. */
  cells: string[];
  /**
   * Why the row is not a clean record (short, long, empty, unterminated quote, not an object), as message keys
   * (src/lib/i18n/notes.*.ts words them). Absent when clean.
   */
  problems?: Msg[];
}

export type TableFormat = 'csv' | 'xlsx' | 'json';

export interface Table {
  format: TableFormat;
  headers: string[];
  rows: TableRow[];
  /** 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' for text files; 'xlsx' for workbooks. */
  encoding: string;
  /** The delimiter used for CSV/TSV. */
  delimiter?: string;
  /** All worksheet names (XLSX), and the one read. */
  sheetNames?: string[];
  sheet?: string;
  /** Rows above the header that were skipped (captions, merged title cells, blank rows). */
  skippedTitleRows: number;
  /** Text of the skipped non-blank title rows, e.g. ["附件1 绵阳市智能制造示范企业名单"]. */
  titleRows: string[];
  /** Blank rows at the very end of the file (a trailing newline, formatting-only XLSX rows): not data, counted here. */
  trailingBlankRows: number;
  sourceUnit: 'line' | 'row' | 'element';
}

export interface ReadOptions {
  /** XLSX worksheet: name or 0-based index. Default: the first worksheet. */
  sheet?: string | number;
}
