// The map as a table: one row per area the choropleth colours (plus rows for counts that could not be placed), with
// its class and the printed rows behind the number. Screen readers, print and CSV all read this instead of colours.
import type { County, Park } from '../types.ts';
import { areaIdOf, type By, type LocatedRecord } from '../aggregate/index.ts';
import { areaIndex, type AreaModel } from '../view/areas.ts';
import { classIndex } from '../classify/index.ts';
import { citeRowsMsg } from '../cite.ts';
import { msgText, translator, type Translate } from '../i18n/index.ts';

export interface SourceRef {
  docTitle: string;
  /** The plan's short name ("智能化"): every table number of 5号 recurs in several plans (表3 in five of them). */
  plan: string;
  /** Table as printed ("表5"); "正文" for records from running text. */
  table: string;
  rows: number[];
}

export interface AreaRow {
  /** County code, park id, or the unplaced bucket's id (e.g. "未定位"). */
  id: string;
  name: string;
  kind: 'county' | 'park' | 'unplaced';
  /** undefined = no data (nothing on the selected lists could be placed). */
  count: number | undefined;
  /** The legend's label for the class the count falls in ("3–5", "0", "无数据"); "" for unplaced rows. */
  classLabel: string;
  /** Fill colour on the map; null for unplaced rows (not drawn). */
  color: string | null;
  investmentWan?: number;
  sources: SourceRef[];
}

export interface TableInput {
  model: AreaModel;
  placed: readonly LocatedRecord[];
  /** The selected lists, as counted by the model. */
  lists: ReadonlySet<string>;
  by: By;
  catalogue: { counties: readonly County[]; parks: readonly Park[] };
  /** A list's plan short name (ListMeta.planName), for citations; '' when unknown. */
  planOf?: (list: string) => string | undefined;
}

/** Rows by count (largest first; no data last), then in the model's order; unplaced buckets at the end. */
export function areaTableRows({ model, placed, lists, by, catalogue, planOf }: TableInput): AreaRow[] {
  const sources = sourcesByArea(placed, lists, by, catalogue, planOf);
  const c = model.classification;
  const rank = (n: number | undefined) => (n === undefined ? -1 : n);
  const areas = model.areas
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank(y.a.count) - rank(x.a.count) || x.i - y.i)
    .map(({ a }): AreaRow => {
      const ci = classIndex(c, a.count);
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        count: a.count,
        classLabel: ci === -2 ? c.noData.label : ci === -1 ? c.zero.label : (c.bins[ci]?.label ?? ''),
        color: a.color,
        ...(a.investmentWan !== undefined ? { investmentWan: a.investmentWan } : {}),
        sources: sources.get(a.id) ?? [],
      };
    });
  const unplaced = model.unplaced.map((u): AreaRow => ({
    id: u.id,
    name: u.id,
    kind: 'unplaced',
    count: u.count,
    classLabel: '',
    color: null,
    sources: sources.get(u.id) ?? [],
  }));
  return [...areas, ...unplaced];
}

/** Printed rows per area id, grouped by document and table, in first-seen order; rows ascending. */
export function sourcesByArea(
  placed: readonly LocatedRecord[],
  lists: ReadonlySet<string>,
  by: By,
  catalogue: TableInput['catalogue'],
  planOf: TableInput['planOf'] = () => undefined,
): Map<string, SourceRef[]> {
  const lookup = areaIndex(catalogue.counties, catalogue.parks);
  // Rows kept in a Set while collecting: an imported list can put 100,000 rows behind one area (Array.includes
  // made that quadratic and froze the page for seconds after an import).
  const out = new Map<string, Map<string, { docTitle: string; plan: string; table: string; rows: Set<number> }>>();
  for (const { record, loc } of placed) {
    if (!lists.has(record.list)) continue;
    const raw = areaIdOf(loc, by);
    const hit = lookup(raw);
    // The same folding as buildAreaModel, so a row's sources are exactly the records behind its count.
    const id = !hit ? raw : hit.kind === 'county' ? hit.c.code : by === 'county' ? hit.p.countyCode : hit.p.id;
    const table = record.table || '正文';
    let byTable = out.get(id);
    if (!byTable) out.set(id, (byTable = new Map()));
    const plan = planOf(record.list) ?? '';
    const k = `${record.docTitle}\u0000${plan}\u0000${table}`;
    let ref = byTable.get(k);
    if (!ref) byTable.set(k, (ref = { docTitle: record.docTitle, plan, table, rows: new Set() }));
    ref.rows.add(record.row);
  }
  const result = new Map<string, SourceRef[]>();
  for (const [id, m] of out)
    result.set(
      id,
      [...m.values()].map((r) => ({ docTitle: r.docTitle, plan: r.plan, table: r.table, rows: [...r.rows].sort((a, b) => a - b) })),
    );
  return result;
}

/**
 * "绵府办发〔2019〕5号 绿色化 表5 第3、8、12行" — document, plan, table and printed rows. With `maxRows`, a long run is cut
 * as "第1、2、3…等 40 行" (the screen table; the CSV and the district drawer carry every row).
 */
export function sourceText(s: SourceRef, maxRows = Infinity, t: Translate = translator('zh')): string {
  // Through the one citation formatter (src/lib/cite.ts); text rows keep their "正文" as the table.
  return msgText(t, citeRowsMsg({ docTitle: s.docTitle, table: s.table }, s.rows, s.plan, maxRows, false));
}

/** The sources of a row, each cited in t's language. */
export const sourcesText = (r: Pick<AreaRow, 'sources'>, t: Translate = translator('zh'), maxRows = Infinity): string =>
  // "a；b" / "a; b" (msg.then): a citation's own rows are joined with 、, so the sources are not.
  r.sources.map((s) => sourceText(s, maxRows, t)).reduce<string | null>((a, b) => (a === null ? b : t('msg.then', { a, b })), null) ?? '';

/** One CSV/print line per row; `kindLabel` names the kind in the UI language, `t` words the citations. */
export function rowCells(r: AreaRow, kindLabel: (k: AreaRow['kind']) => string, t: Translate = translator('zh')): string[] {
  return [
    r.name,
    kindLabel(r.kind),
    r.count === undefined ? '' : String(r.count),
    r.classLabel,
    r.investmentWan === undefined ? '' : String(r.investmentWan),
    sourcesText(r, t),
  ];
}
