// The one placement on the real data and the real boundaries: for every list with investments and for all lists
// together, every bubble (and every park circle and green park) is drawn inside its record's county, checked with
// turf's point-in-polygon on geo/mianyang.topo.json, at the whole-city zooms of 1366×768 and 1920×1080 and at the
// detail view's.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { loadData, type AppData } from './data.ts';
import { bubbleModel, greenParkModel } from './overlays.ts';
import { mapSymbols, type SymbolSources } from './mapSymbols.ts';
import { detailLayout } from './detailSymbols.ts';
import type { BubbleItem } from './deckLayers.ts';
import { topologyToGeography } from '../lib/view/map/geo.ts';
import { regionIndex } from '../lib/view/map/regions.ts';
import { placeSymbols, worstCircleOverlap } from '../lib/view/map/symbols.ts';
import { buildAreaModel } from '../lib/view/areas.ts';
import { countByArea } from '../lib/aggregate/index.ts';
import { detailZoom, detailSide } from '../lib/view/map/detail.ts';

const geo = topologyToGeography(JSON.parse(readFileSync(new URL('../../geo/mianyang.topo.json', import.meta.url), 'utf8')) as Topology);
const shape = new Map(geo.counties.features.map((f) => [f.properties.code, f as Feature<Polygon | MultiPolygon>]));
/** Whole-city zooms of the two screen sizes (the map fitted beside the panel) and the detail view's. */
const ZOOMS = [7.3, 7.8, detailZoom(detailSide(1036, 768)).zoom, detailZoom(detailSide(1590, 1080)).zoom];

let data: AppData;
beforeAll(async () => {
  data = await loadData();
});

function sources(listIds: string[], by: 'county' | 'unit'): SymbolSources {
  const lists = data.lists.filter((l) => listIds.includes(l.id));
  const counts = countByArea(data.placed, { lists: new Set(listIds), by, distinct: false });
  const areas = buildAreaModel(counts, data, { by, method: 'nice', k: 4, scheme: 'YlGnBu', custom: [] }).areas;
  return { areas, showLabels: true, showChoropleth: true, greenParks: greenParkModel(data).data, bubbles: bubbleModel(data, lists).bubbles };
}

describe('the placement on the real boundaries', () => {
  it("keeps every bubble inside its record's county, for every list and for all lists together, at every zoom", () => {
    const withMoney = data.lists.filter((l) => l.hasInvestment).map((l) => l.id);
    expect(withMoney.length).toBeGreaterThan(0);
    const selections = [...withMoney.map((id) => [id]), data.lists.map((l) => l.id)];
    let bubbles = 0;
    const outside: string[] = [];
    for (const sel of selections)
      for (const z of ZOOMS) {
        const placed = placeSymbols(
          mapSymbols(sources(sel, 'unit'), z),
          regionIndex(geo.counties.features, (f) => f.properties.code, z),
          z,
        );
        for (const p of placed) {
          if (p.layer !== 'bubbles') continue;
          bubbles++;
          const d = (p.object as BubbleItem).item.datum;
          const county = 'total' in d ? d.countyCode : d.placed.loc.countyCode!;
          expect(county).toBe(p.region);
          if (!turf.booleanPointInPolygon(p.position, shape.get(county)!)) outside.push(`${sel.join('+')} z${z.toFixed(1)} ${p.key}`);
        }
      }
    expect(outside).toEqual([]);
    expect(bubbles).toBeGreaterThan(100);
  });

  it('keeps park circles, green parks and county labels inside their county too', () => {
    const all = data.lists.map((l) => l.id);
    const s = sources(all, 'unit');
    const parks = s.areas.filter((a) => a.kind === 'park').length;
    expect(parks).toBeGreaterThanOrEqual(11);
    for (const z of ZOOMS) {
      const placed = placeSymbols(
        mapSymbols(s, z),
        regionIndex(geo.counties.features, (f) => f.properties.code, z),
        z,
      );
      const outside = placed.filter((p) => p.layer !== 'bubbles' && !turf.booleanPointInPolygon(p.position, shape.get(p.region)!));
      expect(outside.map((p) => p.key)).toEqual([]);
      expect(placed.filter((p) => p.layer === 'park-units')).toHaveLength(parks);
    }
  });

  it('separates every symbol of the detail view at 1366×768 and 1920×1080: no circle or label overlaps another by more than 1 px', () => {
    const s = sources(
      data.lists.map((l) => l.id),
      'unit',
    );
    for (const side of [detailSide(1036, 768), detailSide(1590, 1080)]) {
      const { placed } = detailLayout({
        geo,
        areas: s.areas,
        greenParks: s.greenParks,
        bubbles: s.bubbles,
        mainZoom: 7.5,
        side,
        parkLabel: (name, n) => `${name} ${n}`,
      });
      expect(
        placed
          .filter((p) => p.layer === 'park-units')
          .map((p) => p.key)
          .sort(),
      ).toEqual(['park:anzhou-gaoxin', 'park:anzhou-gongye', 'park:gaoxin', 'park:jingkai', 'park:jinjialin', 'park:kechuang', 'park:youxian-jingkai'].sort());
      expect(worstCircleOverlap(placed)).toBeLessThanOrEqual(1);
      expect(placed.filter((p) => p.together.length).map((p) => `${side}: ${p.key} ~ ${p.together.map((q) => q.key).join(' ')}`)).toEqual([]);
    }
  });

  it('is deterministic: the same input gives the same positions, whatever its order', () => {
    const s = sources(
      data.lists.map((l) => l.id),
      'unit',
    );
    const regions = regionIndex(geo.counties.features, (f) => f.properties.code, 7.8);
    const a = placeSymbols(mapSymbols(s, 7.8), regions, 7.8);
    const b = placeSymbols(mapSymbols(s, 7.8).reverse(), regions, 7.8);
    const pos = (xs: typeof a) => Object.fromEntries(xs.map((p) => [p.key, p.position]));
    expect(pos(b)).toEqual(pos(a));
  });
});
