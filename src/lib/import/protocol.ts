// Messages between the page and the import worker, and the checks done before a file is even read.
import type { GeoCounts } from '../geocode-table.ts';
import type { TableRow } from '../read/types.ts';
import type { ListInfo } from './build.ts';
import type { ColumnMapping } from './mapping.ts';
import type { Fixes, ImportedList, ImportRow } from './types.ts';

/** Refused before reading: a browser tab holding a 50 MB spreadsheet decoded, parsed and geocoded is near its limit. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json';

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** One clear message, or undefined when the file may be read. */
export function fileSizeProblem(size: number): string | undefined {
  if (size === 0) return '文件是空的（0 字节）';
  if (size > MAX_FILE_BYTES) return `文件太大：${mb(size)} MB，上限 ${mb(MAX_FILE_BYTES)} MB。请拆分后再导入。`;
  return undefined;
}

/** What the mapping step needs to show: headers, a preview and the guesses. */
export interface TableSummary {
  fileName: string;
  format: string;
  encoding: string;
  delimiter?: string;
  sheet?: string;
  sheetNames?: string[];
  headers: string[];
  preview: TableRow[];
  rowCount: number;
  skippedTitleRows: number;
  titleRows: string[];
  trailingBlankRows: number;
  guess: ColumnMapping;
}

export type ToWorker =
  | { type: 'read'; bytes: ArrayBuffer; fileName: string; sheet?: string }
  | { type: 'import'; mapping: ColumnMapping; fixes: Fixes; info: ListInfo }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'table'; summary: TableSummary }
  /** rows: the chunk just geocoded. Sent with the progress so the page decodes 100,000 rows in ~50 small tasks. */
  | { type: 'progress'; done: number; total: number; counts: GeoCounts; rows: ImportRow[] }
  /**
   * list.rows is empty here: the rows came with the progress messages. saveError: the list could not be stored in
   * IndexedDB (it is still imported, just not kept over a reload).
   */
  | { type: 'done'; list: ImportedList; saveError?: string }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

/** Any thrown value → the one line the user sees (ReadError messages are already written for people). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.name === 'ReadError' ? `无法读取文件：${e.message}` : `导入失败：${e.message}`;
  return `导入失败：${String(e)}`;
}
