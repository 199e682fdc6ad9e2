// XLSX workbook → raw rows of cell TEXT. exceljs is imported lazily so it stays out of the app's initial bundle
// (in the browser it resolves to exceljs's own prebuilt dist/exceljs.min.js via its "browser" field).
import { ReadError } from './errors.ts';
import type { RawRow } from './table.ts';
import { assertNotZipBomb } from './zip.ts';
import type { CellValue, Workbook, Worksheet } from 'exceljs';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Dates as exceljs returns them (UTC) → "2019-01-27", or "2019-01-27 08:30:00" when there is a time part. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours(),
    m = d.getUTCMinutes(),
    s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad2(h)}:${pad2(m)}:${pad2(s)}` : day;
}

/** Like Excel's own display: 15 significant digits, so 0.1*3 shows as 0.3 and not 0.30000000000000004. */
const numberText = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));

/** Any exceljs cell value → the text a person sees in the cell. Formulas give their cached result. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateText(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result);
    if ('hyperlink' in v) return cellText((v as { text?: CellValue }).text);
    if ('text' in v) return cellText((v as { text?: CellValue }).text);
  }
  return String(v);
}

/** A CFB (OLE2) container: legacy .xls, or an .xlsx saved with a password (Office wraps those in CFB). */
export const isCfb = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  // exceljs (JSZip) inflates every part into memory with no limit: a 1 MB bomb crashed the tab. Checked first.
  await assertNotZipBomb(bytes);
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; it hands the bytes to JSZip, which takes any Uint8Array.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ReadError('bad-xlsx', 'not a readable .xlsx workbook: the zip container is damaged or holds no spreadsheet', { key: 'read.err.badXlsx' });
  }
  return wb;
}

function pickSheet(wb: Workbook, sheet: string | number | undefined): Worksheet {
  const sheets = wb.worksheets;
  if (sheets.length === 0) throw new ReadError('empty', 'no data: the workbook has no worksheets', { key: 'read.err.noSheets' });
  const found = sheet === undefined ? sheets[0] : typeof sheet === 'number' ? sheets[sheet] : sheets.find((s) => s.name === sheet);
  if (!found) {
    const names = sheets.map((s) => s.name).join(', ');
    const which = typeof sheet === 'number' ? `#${sheet}` : `"${sheet}"`;
    throw new ReadError('no-sheet', `no worksheet ${which}; sheets: ${names}`, { key: 'read.err.noSheet', params: { sheet: which, names } });
  }
  return found;
}

/**
 * Read one worksheet as rows of text, each row cut after its last non-empty cell. Merged cells: a vertical merge
 * fills every row it spans (a 属地 cell merged over several enterprises belongs to each of them); a horizontal
 * merge keeps its text in the first column only, so a caption merged across the sheet is one cell, not five.
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string | number): Promise<{ rows: RawRow[]; sheetNames: string[]; sheet: string }> {
  const wb = await loadWorkbook(bytes);
  const ws = pickSheet(wb, sheet);
  const rows: RawRow[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const horizontalSlave = cell.isMerged && cell.master !== cell && cell.master.col !== cell.col;
      cells.push(horizontalSlave ? '' : cellText(cell.value));
    }
    let end = cells.length;
    while (end > 0 && cells[end - 1]!.trim() === '') end--;
    rows.push({ line: r, cells: cells.slice(0, end) });
  }
  return { rows, sheetNames: wb.worksheets.map((s) => s.name), sheet: ws.name };
}
