// County polygons in screen pixels, for placement.ts: web mercator world pixels at a zoom (512-px tiles, as maplibre
// draws), and a point-in-polygon test that reads only the edges crossing the point's row. A county has 500–1,600
// vertices; a relaxation asks thousands of times per view, so the edges are bucketed into horizontal bands once.
import type { Geometry } from 'geojson';

const TILE = 512;

/** [lon, lat] → world pixels [x, y] at `zoom`. */
export function mercatorPx([lon, lat]: readonly [number, number] | readonly number[], zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const s = Math.sin((lat! * Math.PI) / 180);
  return [((lon! + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

/** World pixels at `zoom` → [lon, lat]. */
export function unmercatorPx(x: number, y: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const lon = (x / size) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [lon, lat];
}

export interface RegionIndex {
  /** Whether world pixel (x, y) is inside region `id`; true for an id the index does not hold. */
  contains(id: string, x: number, y: number): boolean;
  unproject(x: number, y: number, zoom: number): [number, number];
  zoom: number;
}

interface Banded {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  band: number;
  /** Band index → edges [xa, ya, xb, yb, …] that span it. */
  edges: Map<number, number[]>;
}

function ringsOf(g: Geometry | null): number[][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/** Even-odd over every ring of the region (holes and islands alike), only the edges of the point's band. */
function inside(r: Banded, x: number, y: number): boolean {
  if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) return false;
  const e = r.edges.get(Math.floor(y / r.band));
  if (!e) return false;
  let c = false;
  for (let i = 0; i < e.length; i += 4) {
    const xa = e[i]!;
    const ya = e[i + 1]!;
    const xb = e[i + 2]!;
    const yb = e[i + 3]!;
    if (ya > y !== yb > y && x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) c = !c;
  }
  return c;
}

/** Band indexes of a feature list, built once at zoom 0 and shared by every zoom (a query is scaled down instead). */
const built = new WeakMap<readonly object[], Map<string, Banded>>();

function buildBands<F extends { geometry: Geometry | null }>(features: readonly F[], idOf: (f: F) => string): Map<string, Banded> {
  const byId = new Map<string, Banded>();
  for (const f of features) {
    const rings = ringsOf(f.geometry).map((ring) => ring.map((p) => mercatorPx(p, 0)));
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings)
      for (const [x, y] of ring) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    // About 64 bands over the region's height: few edges per band.
    const band = Math.max(1e-9, (y1 - y0) / 64);
    const edges = new Map<number, number[]>();
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [xa, ya] = ring[i]!;
        const [xb, yb] = ring[i + 1]!;
        for (let b = Math.floor(Math.min(ya, yb) / band); b <= Math.floor(Math.max(ya, yb) / band); b++) {
          const list = edges.get(b);
          if (list) list.push(xa, ya, xb, yb);
          else edges.set(b, [xa, ya, xb, yb]);
        }
      }
    }
    const id = idOf(f);
    if (byId.has(id)) throw new Error(`region ${id} appears twice`);
    byId.set(id, { x0, y0, x1, y1, band, edges });
  }
  return byId;
}

/**
 * Indexes `features` (id from `idOf`) for queries in world pixels at `zoom`. The bands are built once per feature
 * array (at zoom 0) and reused at every zoom, so a zoom or a new selection does not pay for them again.
 */
export function regionIndex<F extends { geometry: Geometry | null }>(features: readonly F[], idOf: (f: F) => string, zoom: number): RegionIndex {
  let byId = built.get(features);
  if (!byId) {
    byId = buildBands(features, idOf);
    built.set(features, byId);
  }
  const bands = byId;
  const k = 2 ** -zoom;
  return {
    zoom,
    contains: (id, x, y) => {
      const r = bands.get(id);
      return r ? inside(r, x * k, y * k) : true;
    },
    unproject: unmercatorPx,
  };
}
