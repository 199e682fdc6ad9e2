// How a target table's year columns read: as yearly increments (新增 each year, summed to reach a total) or as
// cumulative goals (the number to have by the end of that year). The tables do not say it in one word; what they
// print does, and each reading names its evidence:
// - 绿色化 表2/4/6/8/10 print yearly increments: each 省级 and 市级 row sums to the 2020 goal of 表1 (绿色工厂 省级
//   5+5+5 = 15, 市级 10+10 = 20; 绿色园区 省级 0+1+1 = 2), and a 国家级 row adds to 表1's 现有基础 (绿色产品 3 + 0+2+3 = 8).
// - 质量品牌 表4 prints yearly increments: 1+1+2 = 4, 5+13+17 = 35, 7+8+10 = 25 are the 国际/国家/行业标准 totals the
//   text prints (seed 000 line 3722).
// - 服务化 表1/表2 print a 合计 that is the sum of the years; 表2's headings say "2017年(现有)", "2018年(新增)" … (kept as
//   printed in data/targets.json, scripts/seeds/service.ts).
// - 智能化 表1 is cumulative: its 2020 column is what the text promises by 2020 (line 187: 智能车间 40 个、智能工厂 20 个).
// - 登峰计划 表1 prints both, and says which in each indicator: （新增） / （累计）.
import type { Key } from '../../i18n/index.ts';
import type { TargetRecord } from '../../types.ts';

export const YEAR_COLUMNS = ['increments', 'cumulative'] as const;
export type YearColumns = (typeof YEAR_COLUMNS)[number];

export interface TableReading {
  columns: YearColumns;
  /** Why the columns read so (worded in words.*.ts). */
  basis: Key;
}

const GREEN_YEARS: TableReading = { columns: 'increments', basis: 'targets.basis.greenYears' };

const READINGS: Readonly<Record<string, TableReading>> = {
  'smart:表1': { columns: 'cumulative', basis: 'targets.basis.smart1' },
  'green:表1': { columns: 'cumulative', basis: 'targets.basis.green1' },
  'green:表2': GREEN_YEARS,
  'green:表4': GREEN_YEARS,
  'green:表6': GREEN_YEARS,
  'green:表8': GREEN_YEARS,
  'green:表10': GREEN_YEARS,
  'service:表1': { columns: 'increments', basis: 'targets.basis.total' },
  // Its headings print the qualifier ("2017年(现有)", "2018年(新增)"): kept in data/targets.json as each value's heading.
  'service:表2': { columns: 'increments', basis: 'targets.basis.service2' },
  'service:表4': { columns: 'cumulative', basis: 'targets.basis.service4' },
  'quality:表2': { columns: 'cumulative', basis: 'targets.basis.quality2' },
  'quality:表3': { columns: 'increments', basis: 'targets.basis.quality3' },
  'quality:表4': { columns: 'increments', basis: 'targets.basis.quality4' },
};

/** How `t`'s year columns read, or undefined for a table that is not read as a series (rates, a single year). */
export function readingOf(t: Pick<TargetRecord, 'plan' | 'table' | 'indicator'>): TableReading | undefined {
  if (t.plan === 'summit' && t.table === '表1') {
    if (/（新增）$/.test(t.indicator)) return { columns: 'increments', basis: 'targets.basis.named' };
    if (/（累计）$/.test(t.indicator)) return { columns: 'cumulative', basis: 'targets.basis.named' };
  }
  return READINGS[`${t.plan}:${t.table}`];
}

/** The comparison a printed value carries (">100", "≥5", "超过 50%"), kept beside its number. */
export function qualifierOf(printed: string): string | undefined {
  const m = /^\s*(>=|≥|>|＞|超过|不低于)/.exec(printed);
  if (!m) return undefined;
  return m[1] === '＞' ? '>' : m[1] === '>=' ? '≥' : m[1];
}

/** A value that prints no number ("-", "－", "—"): nothing was set for that year. */
export const isDash = (printed: string): boolean => /^\s*[-－—–]?\s*$/.test(printed);
