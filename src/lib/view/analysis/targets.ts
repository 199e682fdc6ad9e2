// Targets vs outcomes, compared like with like. A goal for 绿色园区（国家级） must be set against the 国家级 rows of
// the green-park list, not all five of its rows: when a goal names a level (国家级/省级/市级) and the list prints a
// level per row, only rows of that level are counted. When the list does not make the distinction, all of its rows
// are counted and the caveat says so — the number is never presented as more comparable than it is.
import type { County, ListMeta, SeedRecord, TargetRecord } from '../../types.ts';
import { areaIdOf, UNPLACED, type LocatedRecord } from '../../aggregate/index.ts';
import type { Translate } from '../../i18n/index.ts';

const LEVEL = /(国家|省|市)级/;

export interface TargetValue {
  year: string;
  printed: string;
  value?: number;
}

export interface TargetOutcome {
  id: string;
  indicator: string;
  unit?: string;
  /** Every value the target table prints for this indicator, in printed order (现有基础 included). */
  values: TargetValue[];
  /** The value compared: 合计 when printed, else the last year (a 现有基础 baseline is never the goal). */
  goal?: TargetValue;
  /** 'level': only rows of the goal's level counted; 'all': the list does not distinguish, all rows counted. */
  match: 'level' | 'all';
  level?: string;
  /** Rows of the list counted against the goal. */
  listed: number;
  /** Their printed row numbers (序号), ascending. */
  listRows: number[];
  /** listed ÷ goal, when the goal is a positive number and the rows are comparable with it. */
  ratio?: number;
  /** How the rows were counted against the goal, in the language of the `tr` given to targetOutcomes. */
  caveat: string;
  /** Where the counted rows are placed, by county (parks folded in); 未定位 last. Sums to `listed`. */
  byCounty: { code: string; name: string; count: number }[];
  /** "绵府办发〔2019〕5号 绿色化 表1 第3行". */
  targetSource: string;
  /** "绵府办发〔2019〕5号 绿色化 表7 第1行"; with no row of the goal's level, "… 表7：无市级行" (in the language of `tr`). */
  listSource: string;
}

export interface TargetGroup {
  list: string;
  listName: string;
  /** All rows the list prints. */
  rows: number;
  outcomes: TargetOutcome[];
}

/** [1,2,3,5,7,8] → "1–3、5、7–8": printed row numbers as a reader would cite them. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join('、');
}

/** 合计 if the table prints one, else the last printed year that is not the 现有基础 baseline. */
export function goalOf(values: readonly TargetValue[]): TargetValue | undefined {
  return values.find((v) => v.year === '合计') ?? [...values].reverse().find((v) => v.year !== '现有基础');
}

/** The level a goal is about ("国家级"), from its indicator, e.g. "绿色园区（国家级）" or "省级工业设计中心(企业)". */
export function levelOf(indicator: string): string | undefined {
  return indicator.match(LEVEL)?.[0];
}

function source(docTitle: string, planName: string, table: string, rows: string): string {
  return [docTitle, planName, table, rows ? `第${rows}行` : ''].filter(Boolean).join(' ');
}

/**
 * One group per list that has count goals (percent goals such as 本地配套率 are rates, not counts of a list's rows,
 * and are left out), in catalogue order; outcomes in the order the targets file gives them. `tr` words the caveats;
 * sources, indicators and levels stay as printed.
 */
export function targetOutcomes(
  targets: readonly TargetRecord[],
  lists: readonly ListMeta[],
  located: readonly LocatedRecord[],
  counties: readonly County[],
  tr: Translate,
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
    const outcomes = goals.map((t): TargetOutcome => {
      const level = levelOf(t.indicator);
      const byLevel = level !== undefined && levelled;
      const counted = byLevel ? rows.filter((r) => r.record.level === level) : rows;
      const listRows = counted.map((r) => r.record.row).sort((a, b) => a - b);
      const goal = goalOf(t.values);
      const caveat = byLevel
        ? tr('drawer.targets.caveatLevel', { level, n: counted.length, total: rows.length })
        : level !== undefined
          ? tr('drawer.targets.caveatNoLevel', { level, total: rows.length })
          : tr('drawer.targets.caveatAll', { total: rows.length });
      return {
        id: t.id,
        indicator: t.indicator,
        ...(t.unit !== undefined ? { unit: t.unit } : {}),
        values: t.values.map((v) => ({ ...v })),
        ...(goal ? { goal: { ...goal } } : {}),
        match: byLevel ? 'level' : 'all',
        ...(level !== undefined ? { level } : {}),
        listed: counted.length,
        listRows,
        // No ratio when the goal is for one level and the list cannot be split: 19 rows of all levels against a
        // 国家级 goal of 8 is not 238 % of anything.
        ...(goal?.value !== undefined && goal.value > 0 && (level === undefined || byLevel) ? { ratio: counted.length / goal.value } : {}),
        caveat,
        byCounty: byCounty(counted, countyName, countyOrder),
        targetSource: source(t.docTitle, l.planName, t.table, String(t.row)),
        listSource: listRows.length
          ? source(firstDocTitle(rows) ?? '', l.planName, l.table, rowRanges(listRows))
          : tr('drawer.targets.noRows', { source: source(firstDocTitle(rows) ?? '', l.planName, l.table, ''), level: level ?? '' }),
      };
    });
    groups.push({ list: l.id, listName: l.name, rows: rows.length, outcomes });
  }
  return groups;
}

function firstDocTitle(rows: readonly LocatedRecord[]): SeedRecord['docTitle'] | undefined {
  return rows[0]?.record.docTitle;
}

function byCounty(rows: readonly LocatedRecord[], names: Map<string, string>, order: Map<string, number>): TargetOutcome['byCounty'] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const id = areaIdOf(r.loc, 'county');
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const rank = (code: string) => (code === UNPLACED ? Number.MAX_SAFE_INTEGER : (order.get(code) ?? order.size));
  return [...counts]
    .map(([code, count]) => ({ code, name: code === UNPLACED ? UNPLACED : (names.get(code) ?? code), count }))
    .sort((a, b) => Number(a.code === UNPLACED) - Number(b.code === UNPLACED) || b.count - a.count || rank(a.code) - rank(b.code));
}
