// Turns scan hits into one GeoResult. The rule: every Mianyang place named must agree on one county (a park or
// town agrees with the county that contains it); anything else is ambiguous and lists what it saw.
import type { Msg } from '../i18n/index.ts';
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
  // A town name abolished in the 2019–2020 reform: the county is certain, the town is only the recorded successor.
  'former-town': 0.85,
  'address-county+former-town': 0.95,
};

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function candidate(index: NameIndex, s: Seen): GeoCandidate {
  const code = s.target.countyCode!;
  const c: GeoCandidate = { countyCode: code, county: index.countyByCode.get(code)?.name ?? code, matched: s.matched };
  if (s.target.kind === 'park') c.park = s.target.name;
  if (s.target.kind === 'town') c.town = s.target.name;
  if (s.target.kind === 'former' && s.target.former?.successor) c.town = s.target.former.successor;
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

/** 原安家镇（2019—2020 年撤并，并入…） — the successor only where the table records one. */
function formerNote(name: string, f: NonNullable<Target['former']>): Msg {
  const params = { name, from: f.lastListed, to: f.goneBy };
  return f.successor ? { key: 'geo.formerInto', params: { ...params, successor: f.successor } } : { key: 'geo.former', params };
}

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
          note: { key: 'geo.ambiguousName', params: { name: h.entry.key, counties: uniq(targets.map((t) => t.county ?? '')).join('、') } },
          candidates: candidates(index, seen),
        };
      }
      local.push({ target: first, matched: h.entry.key });
    }
  }

  if (local.length === 0) {
    if (outside.length) {
      // e.g. "…济南卡车…绵阳分公司": the city alone cannot place the row, so the outside place is what is reported.
      const places = uniq(outside).join('、');
      return {
        status: 'unresolved',
        confidence: { rule: 'outside', score: 0 },
        note: { key: city ? 'geo.outsideAndCity' : 'geo.outside', params: { places } },
      };
    }
    if (city) return { status: 'unresolved', confidence: { rule: 'city-only', score: 0 }, note: { key: 'geo.cityOnly' } };
    return { status: 'unresolved', confidence: { rule: 'none', score: 0 }, note: { key: 'geo.none' } };
  }

  const counties = uniq(local.map((s) => s.target.countyCode!));
  const parks = uniq(local.filter((s) => s.target.kind === 'park').map((s) => s.target.name));
  const towns = uniq(local.filter((s) => s.target.kind === 'town' || s.target.kind === 'former').map((s) => s.target.name));
  const formers = local.filter((s) => s.target.kind === 'former');
  if (counties.length > 1) {
    const names = counties.map((c) => index.countyByCode.get(c)?.name ?? c);
    return {
      status: 'ambiguous',
      confidence: { rule: 'conflicting-counties', score: 0 },
      note: { key: 'geo.conflictingCounties', params: { counties: names.join('、'), names: uniq(local.map(describe)).join('、') } },
      candidates: candidates(index, local),
    };
  }
  if (parks.length > 1) {
    return {
      status: 'ambiguous',
      confidence: { rule: 'several-parks', score: 0 },
      note: { key: 'geo.severalParks', params: { parks: parks.join('、') } },
      candidates: candidates(index, local),
    };
  }
  const countyCode = counties[0]!;
  const county = index.countyByCode.get(countyCode)!.name;
  if (outside.length) {
    return {
      status: 'ambiguous',
      confidence: { rule: 'also-outside', score: 0 },
      note: { key: 'geo.alsoOutside', params: { county, outside: uniq(outside).join('、') } },
      candidates: candidates(index, local),
    };
  }

  const hasCounty = local.some((s) => s.target.kind === 'county');
  const park = parks[0];
  // A former name gives the town it merged into where that is recorded, and no town otherwise: never a guess.
  const former = towns.length === 1 ? formers[0]?.target.former : undefined;
  const town = towns.length === 1 ? (former ? former.successor : towns[0]) : undefined;
  const exact = (kind: Target['kind']): boolean => local.some((s) => s.target.kind === kind && s.target.exact);
  let rule: string;
  if (towns.length > 1) rule = 'multi-town';
  else if (park && town) rule = hasCounty ? 'address-county+park+town' : 'park+town';
  else if (park) rule = hasCounty ? 'park+county' : exact('park') ? 'park' : 'park-alias';
  else if (former) rule = hasCounty ? 'address-county+former-town' : 'former-town';
  else if (town) rule = hasCounty ? 'address-county+town' : exact('town') ? 'town' : 'town-alias';
  else rule = exact('county') ? 'exact-county' : 'county-alias';

  const result: GeoResult = {
    status: 'resolved',
    countyCode,
    county,
    confidence: { rule, score: SCORES[rule] ?? 0.5 },
    note:
      rule === 'multi-town'
        ? { key: 'geo.multiTown', params: { county, towns: towns.join('、') } }
        : former
          ? formerNote(formers[0]!.target.name, former)
          : { key: 'geo.matched', params: { names: uniq(local.map(describe)).join('、') } },
  };
  if (park) result.park = park;
  if (town) result.town = town;
  return result;
}
