import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import topo from '../../../../geo/mianyang.topo.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { buildStyle, fillColorExpression, firstFrameStyle, HOVER_LAYER, LATER_SOURCE, laterParts, LAYERS } from './style.ts';
import { topologyToGeography } from './geo.ts';

const geo = topologyToGeography(topo as unknown as Topology);

describe('offline style', () => {
  it('is a valid maplibre style with no network references', () => {
    const style = buildStyle(geo);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const json = JSON.stringify(style);
    expect(json).not.toMatch(/https?:|mapbox:|pmtiles:/);
    expect(Object.values(style.sources).map((s) => s.type)).toEqual(['geojson', 'geojson', 'geojson']);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(style.layers.map((l) => l.id)).toEqual([
      'background',
      LAYERS.neighbourFill,
      LAYERS.neighbourLine,
      LAYERS.countyFill,
      LAYERS.countyLine,
      LAYERS.cityLine,
    ]);
  });

  it('leaves the hover outline out of the first frame, and it is valid where the map inserts it', () => {
    const style = buildStyle(geo);
    const at = style.layers.findIndex((l) => l.id === LAYERS.countyLine);
    const withHover = { ...style, layers: [...style.layers.slice(0, at), HOVER_LAYER, ...style.layers.slice(at)] };
    expect(validateStyleMin(withHover)).toEqual([]);
    expect(HOVER_LAYER.id).toBe(LAYERS.countyHover);
  });

  it('the first frame is the full style without the neighbours; adding them back restores the full style', () => {
    const full = buildStyle(geo);
    const first = firstFrameStyle(full);
    expect(validateStyleMin(first)).toEqual([]);
    expect(Object.keys(first.sources)).toEqual(['counties', 'city']);
    expect(first.layers.map((l) => l.id)).toEqual(['background', LAYERS.countyFill, LAYERS.countyLine, LAYERS.cityLine]);
    // What the map does after the first frame: addSource, then each layer before the county fill.
    const later = laterParts(full);
    const layers = [...first.layers];
    for (const l of later.layers)
      layers.splice(
        layers.findIndex((x) => x.id === later.before),
        0,
        l,
      );
    expect({ ...first, sources: { ...first.sources, [LATER_SOURCE]: later.source }, layers }).toEqual({
      ...full,
      sources: { ...first.sources, [LATER_SOURCE]: full.sources[LATER_SOURCE] },
    });
    expect(layers.map((l) => l.id)).toEqual(full.layers.map((l) => l.id));
    // The full style is not changed by taking the first frame out of it.
    expect(Object.keys(full.sources)).toEqual(['neighbours', 'counties', 'city']);
  });

  it('reads the nine counties of the bundled topology, with their bounds', () => {
    expect(geo.counties.features.map((f) => f.properties.code).sort()).toEqual([
      '510703',
      '510704',
      '510705',
      '510722',
      '510723',
      '510725',
      '510726',
      '510727',
      '510781',
    ]);
    const [w, s, e, n] = geo.bounds;
    // Mianyang spans roughly 103.7–105.7 E, 30.7–33.1 N.
    expect(w).toBeGreaterThan(103.3);
    expect(e).toBeLessThan(106);
    expect(s).toBeGreaterThan(30.5);
    expect(n).toBeLessThan(33.3);
  });

  it('rejects a topology without counties with a Chinese message', () => {
    expect(() => topologyToGeography({ type: 'Topology', objects: {}, arcs: [] })).toThrow('地理数据缺少图层 "counties"（geo/mianyang.topo.json）');
  });

  it('builds the fill-colour match expression keyed by county code', () => {
    expect(fillColorExpression({ '510781': '#081d58', '510703': '#f6f1e1' })).toEqual([
      'match',
      ['get', 'code'],
      '510703',
      '#f6f1e1',
      '510781',
      '#081d58',
      '#b9b9b9',
    ]);
    expect(fillColorExpression({})).toBe('#b9b9b9');
    const style = buildStyle(geo);
    const fill = style.layers.find((l) => l.id === LAYERS.countyFill)!;
    (fill as { paint: Record<string, unknown> }).paint['fill-color'] = fillColorExpression({ '510703': '#f6f1e1' });
    expect(validateStyleMin(style)).toEqual([]);
  });
});
