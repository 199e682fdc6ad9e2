// Tooltip contents as plain lines; the app renders them as text nodes (never innerHTML: cells are data).
import type { SeedRecord } from '../../types.ts';
import type { Lang, Translate } from '../../i18n/index.ts';
import { formatWan } from '../format.ts';
import { citeText } from '../../cite.ts';
import { levelText } from './greenparks.ts';
import type { PlaceTotal } from './bubbleTotals.ts';
import type { AreaKind } from '../areaById.ts';

/** What the lines are written in: t() for the words, lang for the money. Names, levels and periods stay as printed. */
export interface TipText {
  t: Translate;
  lang: Lang;
  /** List id → the plan's short name (ListMeta.planName), so a row is cited with its plan (智能化 表3 第2行). */
  planNames?: ReadonlyMap<string, string>;
}

/** 来源：绵府办发〔2019〕5号 智能化 表3 第2行 — the printed row as the drawer cites it, never the seed file's name. */
export function sourceLine(r: SeedRecord, { t, planNames }: Pick<TipText, 't' | 'planNames'>): string {
  return t('drawer.source', { source: citeText(t, r, planNames?.get(r.list)) });
}

export function greenParkLines(r: SeedRecord, county: string | undefined, tip: TipText): string[] {
  const { t } = tip;
  return [
    r.name,
    t('map.tip.county', { v: county ?? t('map.tip.unplaced') }),
    t('map.tip.level', { v: levelText(r.level, t) }),
    t('map.tip.targetYear', { v: r.targetYear ?? t('map.tip.notGiven') }),
    sourceLine(r, tip),
  ];
}

export function bubbleLines(r: SeedRecord, placedAt: string, tip: TipText): string[] {
  const { t, lang } = tip;
  const printed = r.investmentPrinted ?? t('map.tip.notGiven');
  return [
    r.project ?? r.name,
    t('map.tip.enterprise', { v: r.name }),
    r.investmentWan !== undefined
      ? t('map.tip.investmentAmount', { printed, amount: formatWan(r.investmentWan, lang) })
      : t('map.tip.investment', { v: printed }),
    t('map.tip.period', { v: r.period ?? t('map.tip.notGiven') }),
    t('map.tip.place', { v: placedAt }),
    sourceLine(r, tip),
  ];
}

/**
 * A bubble that sums a place's projects (bubbleTotals.ts): the place, how many projects, their total, and what was
 * added up — each source with its rows when there are several, so the number still traces to files and documents.
 */
export function placeTotalLines(total: Pick<PlaceTotal, 'place' | 'count' | 'investmentWan' | 'sources'>, { t, lang }: TipText): string[] {
  const one = total.sources.length === 1;
  const sources = one
    ? total.sources[0]!.source
    : total.sources.map((s) => t('map.tip.totalSourcePart', { doc: s.source, n: s.rows })).join(t('map.tip.sourceSep'));
  return [
    t('map.tip.totalAt', { place: total.place }),
    t('map.tip.totalProjects', { n: total.count }),
    t('map.tip.totalInvestment', { v: formatWan(total.investmentWan, lang) }),
    t('map.tip.totalSource', { sources, n: total.count }),
  ];
}

/**
 * An area's name (with its romanisation when one is given, for English readers), its count in the view's unit
 * (designations or distinct enterprises) and its known investment.
 */
export function areaLines(
  a: { name: string; kind: AreaKind; count: number | undefined; investmentWan?: number },
  distinct: boolean,
  { t, lang }: TipText,
  romanised?: string,
): string[] {
  const name = romanised ? `${a.name} (${romanised})` : a.name;
  return [
    a.kind === 'park' ? t('map.tip.park', { name }) : name,
    a.count === undefined ? t('table.noData') : t(distinct ? 'map.tip.enterprises' : 'map.tip.designations', { n: a.count }),
    ...(a.investmentWan !== undefined ? [t('map.tip.investmentTotal', { v: formatWan(a.investmentWan, lang) })] : []),
  ];
}
