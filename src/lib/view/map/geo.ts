// Bundled topology → GeoJSON for the map. The topology (geo/mianyang.topo.json) holds three objects:
// counties {code, name}, neighbours {name} and city (the merged outline).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

export interface MapGeography {
  counties: FeatureCollection<Geometry, { code: string; name: string }>;
  neighbours: FeatureCollection<Geometry, { name: string }>;
  city: FeatureCollection<Geometry, Record<string, unknown>>;
  /** [west, south, east, north] of the counties. */
  bounds: [number, number, number, number];
}

function asCollection<P>(topo: Topology, name: string, required: boolean): FeatureCollection<Geometry, P> {
  const obj = topo.objects[name];
  if (!obj) {
    if (required) throw new Error(`地理数据缺少图层 "${name}"（geo/mianyang.topo.json）`);
    return { type: 'FeatureCollection', features: [] };
  }
  const f = feature(topo, obj as GeometryCollection) as unknown;
  // A single geometry (e.g. a merged city outline) comes back as a Feature, not a collection.
  const fc =
    (f as { type: string }).type === 'FeatureCollection'
      ? (f as FeatureCollection<Geometry, P>)
      : { type: 'FeatureCollection' as const, features: [f as FeatureCollection<Geometry, P>['features'][number]] };
  return fc;
}

function extend(b: [number, number, number, number], coords: unknown): void {
  if (typeof (coords as number[])[0] === 'number') {
    const [x, y] = coords as [number, number];
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
    return;
  }
  for (const c of coords as unknown[]) extend(b, c);
}

export function topologyToGeography(topo: Topology): MapGeography {
  const counties = asCollection<{ code: string; name: string }>(topo, 'counties', true);
  if (counties.features.length === 0) throw new Error('地理数据中没有区县边界');
  for (const f of counties.features) {
    if (!f.properties || typeof f.properties.code !== 'string') throw new Error('区县边界缺少 code 属性');
  }
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of counties.features) if (f.geometry && 'coordinates' in f.geometry) extend(bounds, f.geometry.coordinates);
  return {
    counties,
    neighbours: asCollection<{ name: string }>(topo, 'neighbours', false),
    city: asCollection<Record<string, unknown>>(topo, 'city', false),
    bounds,
  };
}
