// What a Chinese user who only wants a county choropleth would build instead: Apache ECharts' map series with a
// piecewise visualMap, drawn on canvas 2D (no WebGL). Only those parts are imported from echarts/core, as ECharts'
// own guide to a minimal bundle does. It draws the 9 counties of the same boundaries as the bare maplibre page
// (bench/bare), in the app's default classes and colours (bench/choropleth.ts computes them from data/ with the
// app's own counting and classification; bench/run.ts hands them in at build time as __CHOROPLETH__).
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import topo from '../../geo/mianyang.topo.json';
import type { BenchChoropleth } from '../choropleth.ts';

declare const __CHOROPLETH__: BenchChoropleth;

// Not a `declare global`: the app declares the same hooks, and all three pages are type-checked together.
const hooks = window as unknown as { __mapReady?: boolean; __mapReadyAt?: number };

echarts.use([MapChart, VisualMapPiecewiseComponent, CanvasRenderer]);
const t = topo as unknown as Topology<{ counties: GeometryCollection<{ code: string; name: string }> }>;
// ECharts joins data to features by properties.name; registerMap takes GeoJSON (its types want its own GeoJSON shape).
echarts.registerMap('mianyang', feature(t, t.objects.counties) as unknown as Parameters<typeof echarts.registerMap>[1]);

const chart = echarts.init(document.getElementById('map')!, undefined, { renderer: 'canvas' });
chart.on('finished', () => {
  if (hooks.__mapReady) return;
  hooks.__mapReadyAt = performance.now();
  hooks.__mapReady = true;
});
chart.setOption({
  backgroundColor: '#f4f1ea',
  animation: false,
  visualMap: {
    type: 'piecewise',
    pieces: __CHOROPLETH__.pieces.map((p) => ({ gte: p.min, lte: p.max, color: p.color })),
    left: 16,
    bottom: 16,
  },
  series: [
    {
      type: 'map',
      map: 'mianyang',
      roam: true,
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
      data: __CHOROPLETH__.counties.map((c) => ({ name: c.name, value: c.count })),
    },
  ],
});
addEventListener('resize', () => chart.resize());
