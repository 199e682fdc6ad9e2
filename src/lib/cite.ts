// A printed row cited as a reader finds it again: "绵府办发〔2019〕5号 智能化 表4 第10行" / "绵府办发〔2019〕5号
// 智能化, Table 4, row 10"; an imported row by the user's file and line. Never a record id, a seed file name or an
// import id: those are ours, not the reader's. The document number, plan and table title stay as printed in both
// languages (they are what is printed on the paper); only the words around them are translated.
import type { Msg, Translate } from './i18n/index.ts';
import { msgText } from './i18n/index.ts';
import type { SeedRecord } from './types.ts';

/** The plan id of imported lists (src/lib/import/types.ts IMPORT_PLAN; repeated here to keep this module a leaf). */
const IMPORTED = 'import';

export type Citable = Pick<SeedRecord, 'doc' | 'docTitle' | 'plan' | 'table' | 'row' | 'line'>;

/**
 * The citation as a message. `planName` is the plan's short name as printed (ListMeta.planName: 智能化): one document
 * prints a 表3 and a 表5 under several plans, so document + table alone does not find the row.
 */
export function citeMsg(r: Citable, planName?: string): Msg {
  if (r.plan === IMPORTED) {
    return r.table
      ? { key: 'cite.fileSheet', params: { file: r.doc, sheet: r.table, line: r.line } }
      : { key: 'cite.file', params: { file: r.doc, line: r.line } };
  }
  const source = [r.docTitle, planName].filter(Boolean).join(' ');
  const n = /^表(\d+)$/u.exec(r.table);
  if (n) return { key: 'cite.table', params: { source, table: Number(n[1]), row: r.row } };
  if (r.table) return { key: 'cite.tableAsPrinted', params: { source, table: r.table, row: r.row } };
  // Running text (the 2024 article): order of mention and the line of the text.
  return { key: 'cite.text', params: { source, row: r.row, line: r.line } };
}

/** The citation in t's language. */
export const citeText = (t: Translate, r: Citable, planName?: string): string => msgText(t, citeMsg(r, planName));

/** Printed row numbers as a reader cites them: [1,2,3,5,7,8] → ["1–3", "5", "7–8"] (joined by the language's list mark). */
export function rowRanges(rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts;
}

/**
 * Several printed rows of one table: "绵府办发〔2019〕5号 绿色化 表7 第2–5行" / "…绿色化, Table 7, rows 2–5". `rows` may
 * be cut to the first `maxRows` ("第1、2、3…等 40 行"), for a screen table; exports carry every row.
 */
export function citeRowsMsg(
  r: Pick<Citable, 'docTitle' | 'table'>,
  rows: readonly number[],
  planName?: string,
  maxRows = Infinity,
  /** Runs of rows as ranges ("2–5"); false lists every row ("2、3、4、5"), as the map's table does. */
  ranges = true,
): Msg {
  const source = [r.docTitle, planName].filter(Boolean).join(' ');
  const n = /^表(\d+)$/u.exec(r.table);
  const table = n ? Number(n[1]) : r.table || '';
  // One row is cited as citeMsg cites it ("第3行" / "row 3").
  if (new Set(rows).size === 1 && r.table) {
    const row = rows[0]!;
    return n ? { key: 'cite.table', params: { source, table: Number(n[1]), row } } : { key: 'cite.tableAsPrinted', params: { source, table: r.table, row } };
  }
  const cut = rows.length > maxRows;
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const list = cut ? sorted.slice(0, maxRows).map(String) : ranges ? rowRanges(rows) : sorted.map(String);
  const params = { source, table, rows: list, n: rows.length };
  if (!r.table) return { key: cut ? 'cite.textRowsCut' : 'cite.textRows', params };
  if (n) return { key: cut ? 'cite.tableRowsCut' : 'cite.tableRows', params };
  return { key: cut ? 'cite.asPrintedRowsCut' : 'cite.asPrintedRows', params };
}
