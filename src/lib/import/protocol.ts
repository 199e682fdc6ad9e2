// Messages between the page and the import worker, and the checks done before a file is even read.
import type { GeoCounts } from '../geocode-table.ts';
import type { Lang, Msg } from '../i18n/index.ts';
import type { County, Park } from '../types.ts';
import type { TableRow } from '../read/types.ts';
import type { ListInfo } from './build.ts';
import type { ColumnMapping } from './mapping.ts';
import type { Fixes, ImportedList, ImportRow } from './types.ts';

import { MAX_FILE_BYTES } from '../read/limits.ts';
import { isReadError } from '../read/errors.ts';

/** Refused before reading (File.size); the CLI refuses the same size (src/lib/read/limits.ts). */
export { MAX_FILE_BYTES };

/** What an imported list exports as; also the file extension. */
export const EXPORT_FORMATS = ['csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json';

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** One clear message, or undefined when the file may be read. */
export function fileSizeProblem(size: number): Msg | undefined {
  if (size === 0) return { key: 'import.file.empty' };
  if (size > MAX_FILE_BYTES) return { key: 'import.file.tooBig', params: { size: mb(size), max: mb(MAX_FILE_BYTES) } };
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
  /** store: false in a received offline map, which writes nothing to the browser until saved as a copy. */
  | { type: 'import'; mapping: ColumnMapping; fixes: Fixes; info: ListInfo; store: boolean }
  | { type: 'cancel' }
  /**
   * Export of an imported list, written here so the page never builds a 1,000,000-row text in one task. list.rows is
   * empty: the rows follow in exportRows chunks, one more after each exportProgress (one ahead), so the page clones a chunk per
   * task and never queues the whole list at once. counties/parks: the GeoJSON's points. lang: the app's own words.
   */
  | { type: 'exportStart'; format: ExportFormat; list: ImportedList; total: number; lang: Lang; counties: County[]; parks: Park[] }
  /**
   * A renamed or fixed list stored in IndexedDB from the worker, its rows sent the same way as an export's: cloning
   * 1,000,000 rows into IndexedDB on the page was one task of seconds.
   */
  | { type: 'saveStart'; list: ImportedList; total: number }
  | { type: 'exportRows'; rows: ImportRow[]; last: boolean };

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
  /** done rows of total written (0 once the export is ready for its first chunk): the page sends the next chunk. */
  | { type: 'exportProgress'; done: number; total: number }
  /** The whole file, built from its parts in the worker; a Blob crosses to the page without copying its bytes. */
  | { type: 'exported'; blob: Blob }
  /** The list sent with saveStart is stored (or error says why not). */
  | { type: 'saved'; error?: string }
  /** Said by the page in the UI's language (the worker has none). */
  | { type: 'error'; message: Msg };

/**
 * Any thrown value → the one line the user sees (ReadError messages are already written for people, in English,
 * and stay as they are inside the app's own 无法读取文件：/Cannot read the file: …).
 */
export function errorMessage(e: unknown): Msg {
  // A reader error that has its own key is said in the UI's language (the hostile-file limits: size, depth, width, zip).
  if (isReadError(e)) return { key: 'import.err.read', params: { error: e.msg } };
  if (e instanceof Error) return { key: e.name === 'ReadError' ? 'import.err.read' : 'import.err.failed', params: { error: e.message } };
  return { key: 'import.err.failed', params: { error: String(e) } };
}
