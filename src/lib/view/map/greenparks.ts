// Green parks (list green-park): level → shape (国家级 filled disc with a white rim, 省级 open ring),
// target year → colour (Okabe–Ito, safe for the common colour-vision deficiencies). Either cue alone tells them apart.
import type { SeedRecord } from '../../types.ts';
import type { Translate } from '../../i18n/index.ts';

const YEAR_COLORS = ['#009e73', '#0072b2', '#e69f00', '#cc79a7', '#56b4e9'] as const;
const UNKNOWN_YEAR = '#7f7f7f';

export interface GreenParkSymbol {
  level: string;
  year: number | undefined;
  color: string;
  filled: boolean;
  radiusPx: number;
  strokePx: number;
}

export function yearColors(records: readonly SeedRecord[]): Map<number, string> {
  const years = [...new Set(records.map((r) => r.targetYear).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  return new Map(years.map((y, i) => [y, YEAR_COLORS[i % YEAR_COLORS.length]!]));
}

export function greenParkSymbol(r: Pick<SeedRecord, 'level' | 'targetYear'>, colors: ReadonlyMap<number, string>): GreenParkSymbol {
  const level = r.level ?? '未注明';
  const national = level === '国家级';
  return {
    level,
    year: r.targetYear,
    color: (r.targetYear !== undefined ? colors.get(r.targetYear) : undefined) ?? UNKNOWN_YEAR,
    filled: national,
    radiusPx: national ? 11 : 9,
    strokePx: national ? 2 : 3.5,
  };
}

export interface GreenParkLegendEntry {
  label: string;
  count: number;
  symbol: GreenParkSymbol;
}

/** One legend row per (level, year) that occurs, 国家级 first, then by year. */
export function greenParkLegend(records: readonly SeedRecord[]): GreenParkLegendEntry[] {
  const colors = yearColors(records);
  const rows = new Map<string, GreenParkLegendEntry>();
  for (const r of records) {
    const s = greenParkSymbol(r, colors);
    const key = `${s.level}|${s.year ?? ''}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { label: `${s.level} · ${s.year ?? '年份未注明'} 年目标`.replace('年份未注明 年目标', '年份未注明'), count: 1, symbol: s });
  }
  const rank = (l: string) => (l === '国家级' ? 0 : l === '省级' ? 1 : 2);
  return [...rows.values()].sort((a, b) => rank(a.symbol.level) - rank(b.symbol.level) || (a.symbol.year ?? 9999) - (b.symbol.year ?? 9999));
}

/** 国家级/省级 as printed, glossed in English ("国家级 (national)"); a missing level is "未注明". */
export function levelText(level: string | undefined, t: Translate): string {
  if (level === '国家级') return t('map.level.national');
  if (level === '省级') return t('map.level.provincial');
  return level === undefined || level === '未注明' ? t('map.tip.notGiven') : level;
}

/** A legend row as shown: "国家级 · 2019 年目标" / "国家级 (national) · target 2019". */
export function greenParkLabel(s: Pick<GreenParkSymbol, 'level' | 'year'>, t: Translate): string {
  const level = levelText(s.level, t);
  return s.year === undefined ? t('map.park.noYear', { level }) : t('map.park.target', { level, year: s.year });
}
