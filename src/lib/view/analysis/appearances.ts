// One district across every policy list, whatever the map currently shows: which lists it is on (count, share of
// the list, rank among districts), which lists it is missing from, and its investment projects. Planners ask
// "where do we stand on each programme", not only on the one selected, so this ignores the list picker.
import type { ListMeta } from '../../types.ts';
import { areaIdOf, UNPLACED, type By, type LocatedRecord } from '../../aggregate/index.ts';
import { citeMsg, citeRowsMsg } from '../../cite.ts';
import { IMPORT_PLAN } from '../../import/types.ts';
import type { Msg } from '../../i18n/index.ts';

export interface Appearance {
  list: string;
  name: string;
  /** Rows of this list placed in the area. */
  count: number;
  /** All rows of the list, placed or not: the share's denominator, so unplaced rows are never silently dropped. */
  listTotal: number;
  share: number;
  /** Competition rank among areas with at least one row of the list (1 = most). */
  rank: number;
  /** How many areas have at least one row of the list. */
  areas: number;
  /**
   * The printed rows behind the count, worded in the UI language where shown (src/lib/cite.ts): "绵府办发〔2019〕5号
   * 绿色化 表5 第3、8–9行" / "…绿色化, Table 5, rows 3, 8–9"; an imported list by its file's name.
   */
  source: Msg | string;
}

export interface AppearanceView {
  on: Appearance[];
  /** Lists with no row placed in this area: the district's gaps. */
  absent: { list: string; name: string; listTotal: number }[];
}

/** Rows cited one by one up to this many; a longer run is cut ("第1、2、…等 40 行"): the drawer is narrow. */
export const CITED_ROWS = 12;

export function areaAppearances(located: readonly LocatedRecord[], lists: readonly ListMeta[], areaId: string, by: By): AppearanceView {
  const perList = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const docTitle = new Map<string, string>();
  /** Printed rows of each list placed in this area. */
  const rowsHere = new Map<string, number[]>();
  for (const { record, loc } of located) {
    totals.set(record.list, (totals.get(record.list) ?? 0) + 1);
    if (!docTitle.has(record.list)) docTitle.set(record.list, record.docTitle);
    const area = areaIdOf(loc, by);
    if (area === UNPLACED) continue;
    if (area === areaId) {
      const rows = rowsHere.get(record.list);
      if (rows) rows.push(record.row);
      else rowsHere.set(record.list, [record.row]);
    }
    let m = perList.get(record.list);
    if (!m) perList.set(record.list, (m = new Map()));
    m.set(area, (m.get(area) ?? 0) + 1);
  }
  const view: AppearanceView = { on: [], absent: [] };
  for (const l of lists) {
    const m = perList.get(l.id) ?? new Map<string, number>();
    const count = m.get(areaId) ?? 0;
    const listTotal = totals.get(l.id) ?? 0;
    if (count === 0) {
      view.absent.push({ list: l.id, name: l.name, listTotal });
      continue;
    }
    const rank = 1 + [...m.values()].filter((n) => n > count).length;
    view.on.push({
      list: l.id,
      name: l.name,
      count,
      listTotal,
      share: listTotal ? count / listTotal : 0,
      rank,
      areas: m.size,
      source:
        l.plan === IMPORT_PLAN
          ? (docTitle.get(l.id) ?? l.name)
          : citeRowsMsg({ docTitle: docTitle.get(l.id) ?? '', table: l.table }, rowsHere.get(l.id) ?? [], l.planName, CITED_ROWS),
    });
  }
  return view;
}

export interface ProjectRow {
  id: string;
  list: string;
  name: string;
  project?: string;
  investmentWan?: number;
  investmentPrinted?: string;
  /** The printed row, worded where shown. */
  provenance: Msg;
}

export interface InvestmentView {
  /** Sum of the parsed amounts (万元). */
  sumWan: number;
  /** Rows with an amount, largest first, then rows on investment lists whose amount is missing or unreadable. */
  rows: ProjectRow[];
  /** Rows counted in `rows` but not in the sum (no parsable amount), so the sum is never read as complete. */
  withoutAmount: number;
}

/** The area's rows on lists that print an investment column, on the chosen lists. */
export function areaInvestments(located: readonly LocatedRecord[], lists: readonly ListMeta[], areaId: string, by: By): InvestmentView {
  const invest = new Map(lists.filter((l) => l.hasInvestment).map((l) => [l.id, l.planName]));
  const rows: ProjectRow[] = [];
  for (const { record: r, loc } of located) {
    if (!invest.has(r.list) || areaIdOf(loc, by) !== areaId) continue;
    rows.push({
      id: r.id,
      list: r.list,
      name: r.name,
      ...(r.project ? { project: r.project } : {}),
      ...(r.investmentWan !== undefined ? { investmentWan: r.investmentWan } : {}),
      ...(r.investmentPrinted ? { investmentPrinted: r.investmentPrinted } : {}),
      provenance: citeMsg(r, invest.get(r.list)),
    });
  }
  rows.sort((a, b) => (b.investmentWan ?? -1) - (a.investmentWan ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    sumWan: rows.reduce((s, r) => s + (r.investmentWan ?? 0), 0),
    rows,
    withoutAmount: rows.filter((r) => r.investmentWan === undefined).length,
  };
}
