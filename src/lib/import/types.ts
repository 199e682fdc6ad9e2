// Shapes of an imported ("bring your own") list. Plain data only: these cross the worker boundary and are stored
// in IndexedDB as they are (structured clone keeps the shared GeoResult objects shared).
import type { GeoCounts } from '../geocode-table.ts';
import type { Msg } from '../i18n/index.ts';
import type { GeoResult, ListMeta } from '../types.ts';
import type { ColumnMapping } from './mapping.ts';

/** The plan id and group label of every imported list (the list picker shows them under 我的名单). */
export const IMPORT_PLAN = 'import';
export const IMPORT_PLAN_NAME = '我的名单';

/** A place the user chose for a location text the geocoder could not settle. */
export interface Fix {
  countyCode: string;
  county: string;
  park?: string;
}

/** Location text (trimmed) → the place the user chose; remembered across imports. */
export type Fixes = Record<string, Fix>;

/**
 * What is wrong with one row, as a code rather than a sentence: the worker stays language-free and the report
 * says it in the UI's language (messages.ts). text: the amount cell as typed (or, in lists stored before reader
 * problems had keys, the reader's English line); msg: the reader's problems as a message.
 */
export interface RowProblem {
  code: 'nameEmpty' | 'locationEmpty' | 'amountNaN' | 'amountNegative' | 'amountTooLarge' | 'reader';
  text?: string;
  msg?: Msg;
}

export interface ImportRow {
  /** 1-based data row (row after the header = 1). */
  index: number;
  /** Line / worksheet row / JSON element in the file, 1-based (see ImportedList.sourceUnit). */
  sourceLine: number;
  /** Cells cut to the header width (extra cells of long rows are named in geo.note). */
  cells: string[];
  geo: GeoResult;
  /** The place came from a user fix, not from the geocoder. */
  fixed?: boolean;
  /**
   * Problems, shown as `第 12 行：金额 "abc" 不是数字` (messages.ts). Empty = clean. A string is a message already
   * written out in Chinese: lists stored before problems had codes.
   */
  problems: (RowProblem | string)[];
  investmentWan?: number;
  /** Registry key of the name (enterprise identity for distinct counts), computed in the worker. */
  key?: string;
  /** The reader refused the row (empty, short, long, broken quote): reported and exported, not on the map. */
  notRecord?: boolean;
}

export interface ImportedList {
  meta: ListMeta;
  fileName: string;
  /** ISO time of the import. */
  importedAt: string;
  format: string;
  encoding: string;
  sheet?: string;
  sheetNames?: string[];
  sourceUnit: 'line' | 'row' | 'element';
  titleRows: string[];
  skippedTitleRows: number;
  trailingBlankRows: number;
  headers: string[];
  mapping: ColumnMapping;
  rows: ImportRow[];
  counts: GeoCounts;
  /** Things the report must say about the whole list (e.g. why it has no bubbles); strings: stored before codes. */
  notes: (Msg | string)[];
}
