// The baseline for the "navigation → first choropleth" benchmark: the least a page can do to draw the same county
// GeoJSON with the same maplibre build. The app's figure is reported as a ratio to this one, measured in the same run.
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import topo from '../../geo/mianyang.topo.json';

// Not a `declare global`: the app declares the same hooks, and both files are type-checked together.
const hooks = window as unknown as { __mapReady?: boolean; __mapReadyAt?: number };

setWorkerUrl(workerUrl);
const t = topo as unknown as Topology<{ counties: GeometryCollection }>;
const counties = feature(t, t.objects.counties);
const map = new Map({
  container: 'map',
  style: {
    version: 8,
    sources: { counties: { type: 'geojson', data: counties } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'fill', type: 'fill', source: 'counties', paint: { 'fill-color': '#3b8bc2', 'fill-opacity': 0.8 } },
      { id: 'line', type: 'line', source: 'counties', paint: { 'line-color': '#fff', 'line-width': 1 } },
    ],
  },
  bounds: [103.75, 30.7, 105.7, 32.95],
});
map.once('idle', () => {
  hooks.__mapReadyAt = performance.now();
  hooks.__mapReady = true;
});
