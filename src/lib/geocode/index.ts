// geocode(text) → GeoResult for Mianyang 属地 cells, addresses, park and town names. Pure: runs in Node, the
// browser and workers. The index is built once on first use; results are memoised per raw text because policy
// lists repeat the same few hundred 属地 strings across 100,000 rows.
import type { County, GeoResult, Park } from '../types.ts';
import countiesJson from '../../../geo/counties.json';
import parksJson from '../../../geo/parks.json';
import townsJson from '../../../geo/towns.json';
import outsideJson from '../../../geo/outside-names.json';
import formerJson from '../../../geo/former-towns.json';
import { buildIndex, type FormerTown, type Gazetteer, type NameIndex, type TownEntry } from './gazetteer.ts';
import { normalizeText, rejectReason } from './normalize.ts';
import { resolve } from './resolve.ts';
import { scan } from './scan.ts';

export type { FormerTown, Gazetteer, TownEntry } from './gazetteer.ts';

const DEFAULT_GAZETTEER: Gazetteer = {
  counties: countiesJson as County[],
  parks: parksJson as Park[],
  towns: townsJson as TownEntry[],
  outside: outsideJson as string[],
  former: formerJson as FormerTown[],
};

/** Past this many distinct texts the memo is dropped and refilled, so memory stays bounded on unique addresses. */
const MEMO_LIMIT = 50_000;

export interface Geocoder {
  geocode(text: string): GeoResult;
  index: NameIndex;
}

/** A geocoder over any gazetteer (tests use this to add places the bundled one lacks). */
export function createGeocoder(gazetteer: Gazetteer): Geocoder {
  const index = buildIndex(gazetteer);
  const memo = new Map<string, GeoResult>();
  const geocode = (text: string): GeoResult => {
    const raw = typeof text === 'string' ? text : '';
    const cached = memo.get(raw);
    if (cached) return cached;
    const normalized = normalizeText(raw);
    const reason = rejectReason(normalized);
    const result: GeoResult = reason
      ? { status: 'rejected', confidence: { rule: 'rejected', score: 0 }, note: reason }
      : resolve(index, scan(index, normalized));
    // Frozen because the same object is handed to every row with this text.
    Object.freeze(result);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, result);
    return result;
  };
  return { geocode, index };
}

let shared: Geocoder | undefined;
const sharedGeocoder = (): Geocoder => (shared ??= createGeocoder(DEFAULT_GAZETTEER));

export function geocode(text: string): GeoResult {
  return sharedGeocoder().geocode(text);
}

export interface CanonicalUnit {
  /** A county's full name, or a park's short name (高新区, 经开区, 科创区, 游仙经开区 …). */
  unit: string;
  kind: 'park' | 'county';
  countyCode: string;
}

/** The unit a row is counted under in summaries; undefined unless the text resolves. */
export function canonicalUnit(text: string): CanonicalUnit | undefined {
  const r = geocode(text);
  if (r.status !== 'resolved' || !r.countyCode || !r.county) return undefined;
  return r.park ? { unit: r.park, kind: 'park', countyCode: r.countyCode } : { unit: r.county, kind: 'county', countyCode: r.countyCode };
}

export const listCounties = (): County[] => DEFAULT_GAZETTEER.counties;
export const listParks = (): Park[] => DEFAULT_GAZETTEER.parks;
export const listTowns = (): TownEntry[] => DEFAULT_GAZETTEER.towns;
export const listFormerTowns = (): FormerTown[] => DEFAULT_GAZETTEER.former ?? [];
