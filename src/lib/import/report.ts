// What the import report shows of a list's rows: how many need attention (and the first of them, to fix by hand) and
// how many carry invisible characters. One pass over the rows, kept per rows array (a fix makes a new array), built
// in slices when the list joins the page: over 1,000,000 rows the report's filters were one 0.8–1.1 s task.
import { eachRow, runAll, type Steps } from '../aggregate/slices.ts';
import { needsAttention } from './fix.ts';
import type { ImportedList, ImportRow } from './types.ts';
import { hasInvisible } from './visible.ts';

/** Enough to work through by hand; the export has every row. */
export const REPORT_SHOWN = 200;

export interface ReportRows {
  /** Rows not cleanly resolved or with a message. */
  attention: number;
  /** The first REPORT_SHOWN of them, in row order. */
  shown: ImportRow[];
  /** Rows whose name or place holds a control, bidi or zero-width character (shown marked, kept as typed). */
  invisible: number;
}

const cell = (r: ImportRow, i: number) => (i >= 0 ? (r.cells[i] ?? '') : '');

/** Does the row's name or place hold a character the report draws as ⟨U+XXXX⟩? */
export const markedRow = (list: Pick<ImportedList, 'mapping'>, r: ImportRow) =>
  hasInvisible(cell(r, list.mapping.name)) || hasInvisible(cell(r, list.mapping.location));

const cache = new WeakMap<readonly ImportRow[], ReportRows>();

export function* reportSteps(list: Pick<ImportedList, 'rows' | 'mapping'>): Steps<ReportRows> {
  const hit = cache.get(list.rows);
  if (hit) return hit;
  const out: ReportRows = { attention: 0, shown: [], invisible: 0 };
  yield* eachRow(list.rows.length, (i) => {
    const r = list.rows[i]!;
    if (needsAttention(r) && out.attention++ < REPORT_SHOWN) out.shown.push(r);
    if (markedRow(list, r)) out.invisible++;
  });
  cache.set(list.rows, out);
  return out;
}

export const reportRows = (list: Pick<ImportedList, 'rows' | 'mapping'>): ReportRows => runAll(reportSteps(list));
