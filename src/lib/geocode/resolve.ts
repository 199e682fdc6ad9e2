// Turns scan hits into one GeoResult. The rule: every Mianyang place named must agree on one county (a park or
// town agrees with the county that contains it); anything else is ambiguous and lists what it saw.
import type { GeoCandidate, GeoResult } from '../types.ts';
import type { NameIndex, Target } from './gazetteer.ts';
import type { Hit } from './scan.ts';

interface Seen {
  target: Target;
  matched: string;
}

const SCORES: Record<string, number> = {
  'exact-county': 1,
  'county-alias': 0.9,
  park: 1,
  'park-alias': 0.95,
  town: 0.95,
  'town-alias': 0.9,
  'address-county+town': 1,
  'park+county': 1,
  'park+town': 1,
  'address-county+park+town': 1,
  'multi-town': 0.8,
};

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function candidate(index: NameIndex, s: Seen): GeoCandidate {
  const code = s.target.countyCode!;
  const c: GeoCandidate = { countyCode: code, county: index.countyByCode.get(code)?.name ?? code, matched: s.matched };
  if (s.target.kind === 'park') c.park = s.target.name;
  if (s.target.kind === 'town') c.town = s.target.name;
  return c;
}

function candidates(index: NameIndex, seen: Seen[]): GeoCandidate[] {
  const out = new Map<string, GeoCandidate>();
  for (const s of seen) {
    const c = candidate(index, s);
    const key = `${c.countyCode}|${c.park ?? ''}|${c.town ?? ''}`;
    if (!out.has(key)) out.set(key, c);
  }
  return [...out.values()];
}

const describe = (s: Seen): string => (s.target.name === s.matched ? s.matched : `${s.matched}→${s.target.name}`);

export function resolve(index: NameIndex, hits: Hit[]): GeoResult {
  const local: Seen[] = [];
  const outside: string[] = [];
  let city = false;
  for (const h of hits) {
    const targets = h.entry.targets;
    const first = targets[0]!;
    if (first.kind === 'outside') outside.push(first.name);
    else if (first.kind === 'city') city = true;
    else if (first.kind !== 'neutral') {
      if (targets.length > 1 && uniq(targets.map((t) => t.countyCode)).length > 1) {
        const seen = targets.map((t) => ({ target: t, matched: h.entry.key }));
        return {
          status: 'ambiguous',
          confidence: { rule: 'ambiguous-name', score: 0 },
          note: `${h.entry.key} names places in several counties: ${uniq(targets.map((t) => t.county ?? '')).join('、')}`,
          candidates: candidates(index, seen),
        };
      }
      local.push({ target: first, matched: h.entry.key });
    }
  }

  if (local.length === 0) {
    if (outside.length) {
      // e.g. "…济南卡车…绵阳分公司": the city alone cannot place the row, so the outside place is what is reported.
      const also = city ? ' (also names 绵阳市, but no county or park)' : '';
      return { status: 'unresolved', confidence: { rule: 'outside', score: 0 }, note: `outside Mianyang: ${uniq(outside).join('、')}${also}` };
    }
    if (city) return { status: 'unresolved', confidence: { rule: 'city-only', score: 0 }, note: 'names only the city (绵阳市), not a county or park' };
    return { status: 'unresolved', confidence: { rule: 'none', score: 0 }, note: 'no Mianyang place name found' };
  }

  const counties = uniq(local.map((s) => s.target.countyCode!));
  const parks = uniq(local.filter((s) => s.target.kind === 'park').map((s) => s.target.name));
  const towns = uniq(local.filter((s) => s.target.kind === 'town').map((s) => s.target.name));
  if (counties.length > 1) {
    const names = counties.map((c) => index.countyByCode.get(c)?.name ?? c);
    return {
      status: 'ambiguous',
      confidence: { rule: 'conflicting-counties', score: 0 },
      note: `names places in different counties: ${names.join('、')} (${uniq(local.map(describe)).join('、')})`,
      candidates: candidates(index, local),
    };
  }
  if (parks.length > 1) {
    return {
      status: 'ambiguous',
      confidence: { rule: 'several-parks', score: 0 },
      note: `names several parks: ${parks.join('、')}`,
      candidates: candidates(index, local),
    };
  }
  const countyCode = counties[0]!;
  const county = index.countyByCode.get(countyCode)!.name;
  if (outside.length) {
    return {
      status: 'ambiguous',
      confidence: { rule: 'also-outside', score: 0 },
      note: `names ${county} and also a place outside Mianyang: ${uniq(outside).join('、')}`,
      candidates: candidates(index, local),
    };
  }

  const hasCounty = local.some((s) => s.target.kind === 'county');
  const park = parks[0];
  const town = towns.length === 1 ? towns[0] : undefined;
  const exact = (kind: Target['kind']): boolean => local.some((s) => s.target.kind === kind && s.target.exact);
  let rule: string;
  if (towns.length > 1) rule = 'multi-town';
  else if (park && town) rule = hasCounty ? 'address-county+park+town' : 'park+town';
  else if (park) rule = hasCounty ? 'park+county' : exact('park') ? 'park' : 'park-alias';
  else if (town) rule = hasCounty ? 'address-county+town' : exact('town') ? 'town' : 'town-alias';
  else rule = exact('county') ? 'exact-county' : 'county-alias';

  const result: GeoResult = {
    status: 'resolved',
    countyCode,
    county,
    confidence: { rule, score: SCORES[rule] ?? 0.5 },
    note:
      rule === 'multi-town'
        ? `several towns of ${county}: ${towns.join('、')}; resolved to the county only`
        : `matched ${uniq(local.map(describe)).join('、')}`,
  };
  if (park) result.park = park;
  if (town) result.town = town;
  return result;
}
