// A county's outline as an SVG path in screen pixels. The hover outline is drawn this way, over the map canvas, so a
// pointer moving from county to county never makes maplibre redraw the map (and deck.gl its overlay after it): in
// software WebGL each of those redraws took 50–150 ms, and the hover sweep of npm run bench ran at 8× the frame time
// of a bare maplibre page. An SVG path of ≤1,600 points costs the browser a fraction of a millisecond.
import type { Geometry } from 'geojson';

/** [lon, lat] → screen [x, y] (the map's project). */
export type Project = (lngLat: [number, number]) => [number, number];

/**
 * The "d" of a path tracing every ring of `geometry` (holes and islands; fill-rule evenodd draws them right), rounded
 * to 0.1 px, with points that round to the one before dropped: zoomed out, most of a county's vertices fall on the
 * same pixel. '' for a geometry with no polygon.
 */
export function outlinePath(geometry: Geometry | null, project: Project): string {
  const rings = !geometry ? [] : geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
  const parts: string[] = [];
  for (const ring of rings) {
    let d = '';
    let px = NaN;
    let py = NaN;
    let n = 0;
    for (const p of ring) {
      const [sx, sy] = project([p[0]!, p[1]!]);
      const x = Math.round(sx * 10) / 10;
      const y = Math.round(sy * 10) / 10;
      if (x === px && y === py) continue;
      d += `${n === 0 ? 'M' : 'L'}${x} ${y}`;
      px = x;
      py = y;
      n++;
    }
    // A ring that collapsed to fewer than three pixels draws nothing worth a path.
    if (n >= 3) parts.push(d + 'Z');
  }
  return parts.join('');
}
