// The embedded, offline map style: only GeoJSON sources built from the bundled geography, no tiles, no glyphs,
// no sprite — so the map renders with no network at all. Labels are NOT symbol layers (those need a glyphs URL);
// the app draws them with deck.gl's TextLayer, which rasterises with the page's own CJK fonts.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapGeography } from './geo.ts';
import { NO_DATA_COLOR } from '../../classify/index.ts';

export const PALETTE = {
  background: '#dfe7ea',
  neighbourFill: '#f1efe9',
  neighbourLine: '#9aa3a8',
  countyLine: '#ffffff',
  cityLine: '#2f3a40',
} as const;

/** Layer ids the app addresses (toggles, hover). */
export const LAYERS = {
  countyFill: 'county-fill',
  countyLine: 'county-line',
  countyHover: 'county-hover',
  cityLine: 'city-line',
  neighbourFill: 'neighbour-fill',
  neighbourLine: 'neighbour-line',
} as const;

export function buildStyle(geo: MapGeography): StyleSpecification {
  return {
    version: 8,
    name: '绵阳产业政策地图（离线）',
    sources: {
      neighbours: { type: 'geojson', data: geo.neighbours },
      // promoteId makes the county code the feature id, so hover can use feature-state without numeric ids.
      counties: { type: 'geojson', data: geo.counties, promoteId: 'code' },
      city: { type: 'geojson', data: geo.city },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': PALETTE.background } },
      // Data-driven like the county fill (a match on a property no feature has), so both fills share one shader.
      {
        id: LAYERS.neighbourFill,
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': fillColorExpression({ '': PALETTE.neighbourFill }, PALETTE.neighbourFill), 'fill-opacity': 0.92 },
      },
      {
        id: LAYERS.neighbourLine,
        type: 'line',
        source: 'neighbours',
        // Solid, not dashed: a dash pattern is one more shader to compile before the first frame.
        paint: { 'line-color': PALETTE.neighbourLine, 'line-width': 0.8 },
      },
      // Data-driven from the first frame (a match that matches nothing yet): the choropleth's match expression then
      // reuses the same compiled shader instead of compiling a second variant — shader compiles dominate first paint
      // under software WebGL (measured with npm run bench).
      { id: LAYERS.countyFill, type: 'fill', source: 'counties', paint: { 'fill-color': fillColorExpression({ '': NO_DATA_COLOR }), 'fill-opacity': 0.92 } },
      { id: LAYERS.countyLine, type: 'line', source: 'counties', paint: { 'line-color': PALETTE.countyLine, 'line-width': 1.4 } },
      { id: LAYERS.cityLine, type: 'line', source: 'city', paint: { 'line-color': PALETTE.cityLine, 'line-width': 2.2 } },
    ],
  };
}

/** The neighbouring counties' source, left out of the first frame (firstFrameStyle). */
export const LATER_SOURCE = 'neighbours';

/**
 * The style of the map's first frame: the full style without the neighbouring counties. Their polygons are the
 * largest source (the ring of counties around Mianyang) and held the first choropleth back by ~0.8 s under software
 * WebGL (bench ratio 1.62 → 1.24); the map adds them right after the first frame with `laterParts`.
 */
export function firstFrameStyle(full: StyleSpecification): StyleSpecification {
  const sources = Object.fromEntries(Object.entries(full.sources).filter(([id]) => id !== LATER_SOURCE));
  return { ...full, sources, layers: full.layers.filter((l) => !('source' in l) || l.source !== LATER_SOURCE) };
}

/** What firstFrameStyle left out, for addSource/addLayer below the county fill (the order of the full style). */
export function laterParts(full: StyleSpecification): { source: StyleSpecification['sources'][string]; layers: LayerSpecification[]; before: string } {
  return {
    source: full.sources[LATER_SOURCE]!,
    layers: full.layers.filter((l) => 'source' in l && l.source === LATER_SOURCE),
    before: LAYERS.countyFill,
  };
}

/** The outline of the hovered county (src/app/hoverOutline.ts) and of the selected one (this layer). */
export const OUTLINE_COLOR = '#e6550d';

/**
 * The selected county's outline (drawer open on it), by feature-state (no re-tiling, unlike a filter). Added after the
 * first frame: its data-driven width is one more shader to compile, and the first choropleth should not wait for it.
 * Hover is not drawn here: a feature-state change redraws the map, too dear on every pointer move (hoverOutline.ts).
 */
export const HOVER_LAYER = {
  id: LAYERS.countyHover,
  type: 'line',
  source: 'counties',
  paint: {
    'line-color': OUTLINE_COLOR,
    'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
  },
} as const satisfies LayerSpecification;

/**
 * Data-driven fill colour: a match on the county code. Rebuilt on every view change (9 entries) and applied
 * with setPaintProperty — one call, no per-feature state to keep in sync.
 */
export function fillColorExpression(colors: Readonly<Record<string, string>>, fallback: string = NO_DATA_COLOR): ExpressionSpecification | string {
  const codes = Object.keys(colors).sort();
  if (codes.length === 0) return fallback;
  const pairs = codes.flatMap((code) => [code, colors[code]!]);
  return ['match', ['get', 'code'], ...pairs, fallback] as unknown as ExpressionSpecification;
}
