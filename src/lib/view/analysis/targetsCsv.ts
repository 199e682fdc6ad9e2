// The targets tab as words and as a CSV table: one reading of a table per line ("表4（逐年新增）：2018 +5 · 2019 +5 ·
// 2020 +5；合计 15"), and one CSV row per indicator. Pure: the panel and the CSV word the same lines.
import { msgText, type Translate } from '../../i18n/index.ts';
import type { TargetGroup, TargetReading } from './targets.ts';

/** A table's figures for one indicator as a reader reads them: increments with "+", cumulative figures as printed. */
export function readingLine(r: TargetReading, t: Translate): string {
  const head = t(r.columns === 'increments' ? 'targets.columns.increments' : 'targets.columns.cumulative', { table: r.table });
  const years = r.values.filter((v) => v.year !== '合计');
  // A column whose heading says 现有 is the base the increments add to, not an increment itself.
  const figures = years
    .map((v) =>
      r.columns === 'increments' && !v.heading?.includes('现有') && v.value !== undefined
        ? t('targets.increment', { year: v.heading ?? v.year, value: v.value })
        : t('targets.value', { year: v.heading ?? v.year, value: v.printed }),
    )
    .join(' · ');
  const tail =
    r.columns !== 'increments'
      ? ''
      : r.base !== undefined
        ? t('targets.withBase', { base: r.base, added: r.added ?? 0, total: r.total ?? 0 })
        : t('targets.sum', { added: r.total ?? 0 });
  return `${head}${t('targets.colon')}${figures}${tail ? t('targets.semicolon') + tail : ''}`;
}

/** The ratio as the tab states it: "4 ÷ 2 = 2.00" (名单规模 ÷ 目标). */
export const ratioText = (listed: number, goal: number, ratio: number): string => `${listed} ÷ ${goal} = ${ratio.toFixed(2)}`;

/** One row per indicator, headers in t's language; the figures, tables and sources as printed. */
export function targetsCsv(groups: readonly TargetGroup[], t: Translate): { headers: string[]; rows: string[][] } {
  const headers = [
    t('targets.csv.list'),
    t('targets.csv.indicator'),
    t('targets.csv.goal'),
    t('targets.csv.goalYear'),
    t('targets.csv.goalTable'),
    t('targets.csv.listed'),
    t('targets.csv.ratio'),
    t('targets.csv.readings'),
    t('targets.csv.caveat'),
    t('targets.csv.listSource'),
  ];
  const rows = groups.flatMap((g) =>
    g.outcomes.map((o) => [
      g.listName,
      o.indicator,
      o.goal?.printed ?? '',
      o.goal?.year ?? '',
      o.goal?.table ?? '',
      String(o.listed),
      o.ratio === undefined || !o.goal ? '' : ratioText(o.listed, o.goal.value, o.ratio),
      [
        ...o.readings.map((r) => `${readingLine(r, t)} (${msgText(t, r.cite)})`),
        ...(o.disagree
          ? [t('targets.disagree', { totals: o.readings.map((r) => t('targets.total', { table: r.table, total: r.total ?? '' })).join(t('msg.list')) })]
          : []),
      ].join(t('targets.semicolon')),
      msgText(t, o.caveat),
      msgText(t, o.listSource),
    ]),
  );
  return { headers, rows };
}
