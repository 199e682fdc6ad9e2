// CSV output for people who open it in Excel/WPS: UTF-8 with BOM (else Excel reads GBK and garbles Chinese),
// RFC 4180 quoting, CRLF, and spreadsheet-formula neutralisation.

/**
 * Characters that make Excel/LibreOffice/Sheets treat a cell as a formula (OWASP "CSV injection" list, plus LF
 * and NUL, which PapaParse's escapeFormulae misses).
 */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;
/**
 * A plain number such as -12.5, +3 or -1.2e5 cannot run anything and is real data (负增长, 经度), so it is left
 * as is — deliberately narrower than OWASP's "quote every leading minus". Anything else starting with - or +
 * (e.g. "-2+3+cmd|' /C calc'!A0", "+86 816 …") gets the apostrophe.
 */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Prefix a formula-looking cell with an apostrophe, which spreadsheets show as text and do not evaluate. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field containing a delimiter, a quote, CR or LF; double the quotes inside. */
export function quoteField(cell: string, delimiter = ','): string {
  return cell.includes('"') || cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r') ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export const BOM = '\uFEFF';

/** One CSV line (no line ending), formulas neutralised. */
export const csvLine = (cells: readonly string[]) => cells.map((c) => quoteField(neutraliseFormula(c))).join(',');

/** A whole CSV document: BOM, header, rows, each line ended by CRLF. */
export function toCsv(headers: readonly string[], rows: Iterable<readonly string[]>): string {
  const out = [BOM + csvLine(headers) + '\r\n'];
  for (const r of rows) out.push(csvLine(r) + '\r\n');
  return out.join('');
}
