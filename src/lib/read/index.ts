// readTable: bytes + file name → Table, for CSV/TSV (any common encoding), XLSX and JSON. Pure: no node:fs, so the
// browser's Web Worker runs the same code as the CLI.
import { decodeText } from './decode.ts';
import { parseDelimited } from './delimited.ts';
import { ReadError } from './errors.ts';
import { parseJsonTable } from './json.ts';
import { buildTable } from './table.ts';
import type { ReadOptions, Table } from './types.ts';
import { isCfb, isZip, readXlsx } from './xlsx.ts';

export type { ReadOptions, Table, TableRow, TableFormat } from './types.ts';
export { ReadError, isReadError, type ReadErrorCode } from './errors.ts';
export { detectLocationColumn, findColumn, normalizeHeader, LOCATION_KEYWORDS, type ColumnMatch } from './columns.ts';
export { detectHeaderRow } from './table.ts';
export { detectDelimiter } from './delimited.ts';
export { decodeText } from './decode.ts';

/** "EncryptionInfo" as UTF-16LE: the stream Office puts in a CFB container when a workbook has a password. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]);

function hasBytes(hay: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Kind of file by content; the extension only breaks ties (.json, .tsv) — many "xls" exports are really text. */
export async function readTable(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<Table> {
  if (bytes.length === 0) throw new ReadError('empty', 'the file is empty (0 bytes)', { key: 'read.err.empty' });
  if (isCfb(bytes)) {
    if (hasBytes(bytes.subarray(0, 1 << 20), ENCRYPTION_INFO) || /\.xls[xm]$/i.test(fileName)) {
      throw new ReadError('encrypted', 'the workbook is password-protected (encrypted): open it in Excel, remove the password and save it again as .xlsx', {
        key: 'read.err.encrypted',
      });
    }
    throw new ReadError('xls', 'legacy Excel 97–2003 (.xls) workbooks are not supported: save it as .xlsx or CSV (UTF-8)', { key: 'read.err.xls' });
  }
  if (isZip(bytes)) {
    const x = await readXlsx(bytes, opts.sheet);
    return buildTable(x.rows, { format: 'xlsx', encoding: 'xlsx', sheetNames: x.sheetNames, sheet: x.sheet, sourceUnit: 'row' }, { flagShort: false });
  }
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new ReadError('empty', 'no data: the file holds only whitespace', { key: 'read.err.whitespace' });
  const first = text.trimStart()[0];
  if (/\.json$/i.test(fileName) || ((first === '[' || first === '{') && !/\.(csv|tsv|tab|txt)$/i.test(fileName))) {
    const j = parseJsonTable(text);
    if (j.rows.length === 0) throw new ReadError('empty', 'no data: the JSON array is empty', { key: 'read.err.jsonEmpty' });
    // The header comes from the keys, not from a row of the file: nothing to detect or skip.
    const header = { line: 0, cells: j.headers };
    return buildTable([header, ...j.rows], { format: 'json', encoding, sourceUnit: 'element' }, { flagShort: false, headerRow: 0, keepBlankTail: true });
  }
  const d = parseDelimited(text, fileName);
  return buildTable(d.rows, { format: 'csv', encoding, delimiter: d.delimiter, sourceUnit: 'line' }, { flagShort: true });
}
