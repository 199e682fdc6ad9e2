// Targets vs lists, compared like with like.
// - One line per indicator: 绿色工厂（省级） is printed in 表1 (the 2020 goal) and in 表4 (yearly increments); both are
//   readings of one goal, shown together, and if they disagree the line says so instead of picking one.
// - A cumulative goal is compared with a cumulative count: an increments table is summed (plus the 现有基础 its
//   cumulative twin prints) before it is set against a list; its yearly figures are shown as increments ("+5").
// - A goal for one level (国家级/省级/市级) is set against the list's rows of that level when the list prints levels;
//   when it does not, all rows are counted and the caveat says so.
// - A list is a 培育名单 (candidates), not an outcome: the ratio is 名单规模 ÷ 目标, never "achieved".
// - An indicator whose every figure is a dash ("2020：-") has no goal and is not listed.
import type { County, ListMeta, TargetRecord } from '../../types.ts';
import { areaIdOf, UNPLACED, type LocatedRecord } from '../../aggregate/index.ts';
import { citeMsg, citeRowsMsg } from '../../cite.ts';
import type { Msg } from '../../i18n/index.ts';
import { isDash, qualifierOf, readingOf, type YearColumns } from './targetColumns.ts';

const LEVEL = /(国家|省|市)级/;

export interface TargetValue {
  year: string;
  printed: string;
  value?: number;
  /** The column heading as printed when it carries a qualifier ("2017年(现有)"). */
  heading?: string;
  /** ">" in ">100": the goal is more than the number. */
  qualifier?: string;
}

/** One table's figures for an indicator. */
export interface TargetReading {
  /** The target record's id (data/targets.json). */
  id: string;
  /** Table as printed, e.g. "表4". */
  table: string;
  columns: YearColumns;
  /** Why the columns read so (targetColumns.ts). */
  basis: Msg;
  values: TargetValue[];
  /**
   * What the table sets for the last year, cumulatively: the goal value of a cumulative table; for increments, the
   * printed 合计 or the sum of the years, plus `base` when known.
   */
  total?: number;
  /** For increments: the sum of the yearly figures (new by the last year). */
  added?: number;
  /** For increments: the 现有基础 the cumulative table prints, added to reach `total`. */
  base?: number;
  /** "绵府办发〔2019〕5号 绿色化 表4 第2行". */
  cite: Msg;
}

export interface TargetOutcome {
  /** The id of the first reading: stable, and the test id of its line. */
  id: string;
  indicator: string;
  unit?: string;
  level?: string;
  /** Every table that prints this indicator, in the order of the targets file. */
  readings: TargetReading[];
  /** The cumulative goal compared (from a cumulative table when there is one, else the summed increments). */
  goal?: { value: number; printed: string; year: string; table: string; qualifier?: string };
  /** The readings disagree about the cumulative goal (e.g. 表1 5 against 现有基础 3 + 1+1+1 = 6). */
  disagree: boolean;
  /** 'level': only rows of the goal's level counted; 'all': the list does not distinguish, all rows counted. */
  match: 'level' | 'all';
  /** Rows of the list (the 培育名单) counted against the goal. */
  listed: number;
  listRows: number[];
  /** 名单规模 ÷ 目标, when the goal is a positive number and the rows are comparable with it. */
  ratio?: number;
  /** How the rows were counted against the goal. */
  caveat: Msg;
  /** Where the counted rows are, by county; set only when they are not the whole list (the group has that). */
  byCounty?: { code: string; name: string; count: number }[];
  /** The list rows counted: "绵府办发〔2019〕5号 绿色化 表7 第2–5行", or that there is no row of the level. */
  listSource: Msg;
}

export interface TargetGroup {
  list: string;
  listName: string;
  /** All rows the list prints. */
  rows: number;
  /** Where all its rows are, by county (parks folded in); 未定位 last. */
  byCounty: { code: string; name: string; count: number }[];
  outcomes: TargetOutcome[];
}

/** 合计 if the table prints one, else the last printed year that is not the 现有基础 baseline. */
export function goalOf(values: readonly TargetValue[]): TargetValue | undefined {
  return values.find((v) => v.year === '合计') ?? [...values].reverse().find((v) => v.year !== '现有基础');
}

/** The level a goal is about ("国家级"), from its indicator, e.g. "绿色园区（国家级）" or "省级工业设计中心(企业)". */
export function levelOf(indicator: string): string | undefined {
  return indicator.match(LEVEL)?.[0];
}

function valuesOf(t: TargetRecord): TargetValue[] {
  return t.values.map((v) => {
    const q = qualifierOf(v.printed);
    return { ...v, ...(q ? { qualifier: q } : {}) };
  });
}

/** A table's reading of one indicator, or undefined when it prints no number at all (every figure a dash). */
function readingFor(t: TargetRecord, planName: string): TargetReading | undefined {
  const how = readingOf(t);
  if (!how) return undefined;
  const values = valuesOf(t);
  if (values.every((v) => v.value === undefined)) return undefined;
  const base = { id: t.id, table: t.table, columns: how.columns, basis: { key: how.basis }, values, cite: citeMsg(t, planName) };
  if (how.columns === 'cumulative') {
    const g = goalOf(values);
    return { ...base, ...(g?.value !== undefined ? { total: g.value } : {}) };
  }
  const years = values.filter((v) => v.year !== '合计');
  // A dash beside numbers is a year with nothing added (绿色工厂 市级: －, 10, 10 sums to 表1's 20).
  const added = years.reduce((s, v) => s + (v.value ?? 0), 0);
  const printedTotal = values.find((v) => v.year === '合计')?.value;
  return { ...base, added, total: printedTotal ?? added };
}

const byCountyOf = (rows: readonly LocatedRecord[], names: Map<string, string>, order: Map<string, number>) => {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const id = areaIdOf(r.loc, 'county');
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const rank = (code: string) => (code === UNPLACED ? Number.MAX_SAFE_INTEGER : (order.get(code) ?? order.size));
  return [...counts]
    .map(([code, count]) => ({ code, name: code === UNPLACED ? UNPLACED : (names.get(code) ?? code), count }))
    .sort((a, b) => Number(a.code === UNPLACED) - Number(b.code === UNPLACED) || b.count - a.count || rank(a.code) - rank(b.code));
};

/**
 * One group per list that has count goals (rates such as 本地配套率 are not counts of a list's rows and are left
 * out), in catalogue order; one line per indicator, in the order the targets file first names it.
 */
export function targetOutcomes(
  targets: readonly TargetRecord[],
  lists: readonly ListMeta[],
  located: readonly LocatedRecord[],
  counties: readonly County[],
): TargetGroup[] {
  const rowsOf = new Map<string, LocatedRecord[]>();
  for (const l of located) {
    const a = rowsOf.get(l.record.list);
    if (a) a.push(l);
    else rowsOf.set(l.record.list, [l]);
  }
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const countyOrder = new Map(counties.map((c, i) => [c.code, i]));
  const groups: TargetGroup[] = [];
  for (const l of lists) {
    const goals = targets.filter((t) => t.list === l.id && t.unit !== '%');
    if (goals.length === 0) continue;
    const rows = rowsOf.get(l.id) ?? [];
    const levelled = rows.some((r) => r.record.level !== undefined);
    const byIndicator = new Map<string, TargetReading[]>();
    const unitOf = new Map<string, string | undefined>();
    /** The indicator as its first table prints it (表2 prints "(企业)" where others print "（…）": one key, printed text kept). */
    const printedOf = new Map<string, string>();
    for (const t of goals) {
      const r = readingFor(t, l.planName);
      if (!r) continue;
      const key = t.indicator.replace(/\(/g, '（').replace(/\)/g, '）');
      const a = byIndicator.get(key);
      if (a) a.push(r);
      else byIndicator.set(key, [r]);
      if (!unitOf.has(key)) unitOf.set(key, t.unit);
      if (!printedOf.has(key)) printedOf.set(key, t.indicator);
    }
    const outcomes: TargetOutcome[] = [];
    for (const [key, readings] of byIndicator) {
      const indicator = printedOf.get(key)!;
      const cumulative = readings.find((r) => r.columns === 'cumulative' && r.total !== undefined);
      // The baseline an increments table adds to: the cumulative table's figure before its goal (现有基础, or 2017).
      const baseValue = cumulative && cumulative.values.length > 1 ? cumulative.values[0]!.value : undefined;
      for (const r of readings) {
        if (r.columns !== 'increments' || baseValue === undefined || r.values.some((v) => v.heading?.includes('现有'))) continue;
        r.base = baseValue;
        r.total = baseValue + r.added!;
      }
      const from = cumulative ?? readings.find((r) => r.total !== undefined);
      if (!from || from.total === undefined) continue;
      const gv = from.columns === 'cumulative' ? goalOf(from.values) : from.values.find((v) => v.year === '合计');
      const lastYear = from.values.filter((v) => v.year !== '合计').at(-1)?.year ?? '';
      const goal = {
        value: from.total,
        printed: gv?.printed ?? String(from.total),
        year: from.columns === 'cumulative' ? (gv?.year ?? lastYear) : lastYear,
        table: from.table,
        ...(gv?.qualifier ? { qualifier: gv.qualifier } : {}),
      };
      const level = levelOf(indicator);
      const byLevel = level !== undefined && levelled;
      const counted = byLevel ? rows.filter((r) => r.record.level === level) : rows;
      const listRows = counted.map((r) => r.record.row).sort((a, b) => a - b);
      const docTitle = rows[0]?.record.docTitle ?? '';
      const caveat: Msg = byLevel
        ? { key: 'drawer.targets.caveatLevel', params: { level, n: counted.length, total: rows.length } }
        : level !== undefined
          ? { key: 'drawer.targets.caveatNoLevel', params: { level, total: rows.length } }
          : { key: 'drawer.targets.caveatAll', params: { total: rows.length } };
      outcomes.push({
        id: readings[0]!.id,
        indicator,
        ...(unitOf.get(key) !== undefined ? { unit: unitOf.get(key)! } : {}),
        ...(level !== undefined ? { level } : {}),
        readings,
        goal,
        disagree: readings.some((r) => r.total !== undefined && r.total !== goal.value),
        match: byLevel ? 'level' : 'all',
        listed: counted.length,
        listRows,
        // No ratio when the goal is for one level and the list cannot be split: 19 rows of all levels against a
        // 国家级 goal of 8 is not 238 % of anything.
        ...(goal.value > 0 && (level === undefined || byLevel) ? { ratio: counted.length / goal.value } : {}),
        caveat,
        ...(byLevel ? { byCounty: byCountyOf(counted, countyName, countyOrder) } : {}),
        listSource: listRows.length
          ? citeRowsMsg({ docTitle, table: l.table }, listRows, l.planName)
          : { key: 'targets.noRows', params: { source: [docTitle, l.planName].filter(Boolean).join(' '), table: l.table, level: level ?? '' } },
      });
    }
    if (outcomes.length === 0) continue;
    groups.push({ list: l.id, listName: l.name, rows: rows.length, byCounty: byCountyOf(rows, countyName, countyOrder), outcomes });
  }
  return groups;
}
