// Checks the county label points (pole of inaccessibility) against the centroid they replaced, on the unsimplified shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { County } from '../../src/lib/types.ts';
import { loadCountyShapes, representativePoint } from './boundaries.ts';

type Shape = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

const counties = JSON.parse(readFileSync(new URL('../../geo/counties.json', import.meta.url), 'utf8')) as County[];
const shapes = loadCountyShapes();
const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

/** The point the build used before polylabel: turf's centroid when inside, else pointOnFeature. */
function centroidPoint(f: Shape): [number, number] {
  const c = turf.centroid(f).geometry.coordinates;
  const p = turf.booleanPointInPolygon(c, f) ? c : turf.pointOnFeature(f).geometry.coordinates;
  return [round5(p[0]!), round5(p[1]!)];
}

/** Distance in km from p to the nearest ring of f (outer rings, holes and every part of a MultiPolygon). */
function borderKm(p: [number, number], f: Shape): number {
  const lines = turf.flatten(turf.polygonToLine(f) as Feature).features as Feature<LineString>[];
  return Math.min(...lines.map((l) => turf.pointToLineDistance(p, l, { units: 'kilometers' })));
}

describe('county representative points', () => {
  it('geo/counties.json holds the points representativePoint gives today', () => {
    expect(counties.map((c) => [c.code, c.point])).toEqual(counties.map((c) => [c.code, representativePoint(shapes.get(c.code)!)]));
  });

  it('puts each of the nine points inside its county, at least as far from the border as the centroid', () => {
    expect(counties).toHaveLength(9);
    for (const c of counties) {
      const f = shapes.get(c.code)!;
      expect([c.code, turf.booleanPointInPolygon(c.point, f)]).toEqual([c.code, true]);
      const pole = borderKm(c.point, f);
      const centroid = borderKm(centroidPoint(f), f);
      expect([c.code, pole >= centroid]).toEqual([c.code, true]);
    }
  });

  it('moves 北川羌族自治县 off the 安州区 border: from about 4.3 km to over 17.5 km inside', () => {
    const f = shapes.get('510726')!;
    const pole = borderKm(counties.find((c) => c.code === '510726')!.point, f);
    const centroid = borderKm(centroidPoint(f), f);
    expect(pole).toBeGreaterThan(centroid);
    expect(centroid).toBeLessThan(4.5);
    expect(pole).toBeGreaterThan(17.5);
  });

  it('labels a MultiPolygon in its largest part, not in a small exclave, and does not mutate it', () => {
    const big = [[[104, 31], [104.4, 31], [104.4, 31.3], [104, 31.3], [104, 31]]];
    const exclave = [[[105, 31], [105.02, 31], [105.02, 31.02], [105, 31.02], [105, 31]]];
    const f: Shape = { type: 'Feature', properties: { name: '测试县' }, geometry: { type: 'MultiPolygon', coordinates: [exclave, big] } };
    const before = JSON.stringify(f);
    const [x, y] = representativePoint(f);
    expect(turf.booleanPointInPolygon([x, y], turf.polygon(big))).toBe(true);
    // A 0.4° × 0.3° box at 31°N is ≈ 38 km × 33 km: the pole is on the east–west midline, ≈ 16.7 km from top and bottom.
    expect(Math.abs(y - 31.15)).toBeLessThan(0.001);
    expect(borderKm([x, y], f)).toBeGreaterThan(16);
    expect(JSON.stringify(f)).toBe(before);
  });
});
