// A printed row cited as a reader finds it again: "绵府办发〔2019〕5号 智能化 表4 第10行" / "绵府办发〔2019〕5号
// 智能化, Table 4, row 10"; an imported row by the user's file and line. Never a record id, a seed file name or an
// import id: those are ours, not the reader's. The document number, plan and table title stay as printed in both
// languages (they are what is printed on the paper); only the words around them are translated.
import type { Msg, Translate } from './i18n/index.ts';
import { msgText } from './i18n/index.ts';
import type { SeedRecord } from './types.ts';

/** The plan id of imported lists (src/lib/import/types.ts IMPORT_PLAN; repeated here to keep this module a leaf). */
const IMPORTED = 'import';

export type Citable = Pick<SeedRecord, 'doc' | 'docTitle' | 'plan' | 'list' | 'table' | 'row' | 'line'>;

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
