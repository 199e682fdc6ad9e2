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
import { detailZoom, detailSide, inFrame, showDetail } from '../lib/view/map/detail.ts';
import { loadRomaniser } from '../lib/i18n/index.ts';
import type { Part } from '../lib/view/map/placement.ts';

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

describe('county labels in English', () => {
  let pinyin: (name: string) => string;
  beforeAll(async () => {
    pinyin = await loadRomaniser();
  });

  /** The labels' boxes in world px: their placed centre plus the box's offset. */
  const boxes = (placed: ReturnType<typeof placeSymbols>) =>
    placed
      .filter((p) => p.layer === 'labels')
      .map((p) => {
        const b = p.parts.find((q): q is Extract<Part, { kind: 'box' }> => q.kind === 'box')!;
        return { key: p.key, x0: p.x + b.dx - b.w / 2, x1: p.x + b.dx + b.w / 2, y0: p.y + b.dy - b.h / 2, y1: p.y + b.dy + b.h / 2 };
      });

  it('puts the pinyin on a smaller line under the name, in a box one pinyin line taller than the Chinese one', () => {
    const zh = sources(
      data.lists.map((l) => l.id),
      'county',
    );
    const label = (s: SymbolSources) => mapSymbols(s, 7.8).find((x) => x.key === 'label:510703')!;
    const box = (s: SymbolSources) => label(s).extra![0] as Extract<Part, { kind: 'box' }>;
    const en = label({ ...zh, pinyin });
    expect(en.rows!.map((r) => [r.text, r.sizePx])).toEqual([
      ['涪城区', 14],
      ['Fúchéngqū', 10],
      [String(zh.areas.find((a) => a.id === '510703')!.count), 14],
    ]);
    const [enBox, zhBox] = [box({ ...zh, pinyin }), box(zh)];
    const round = (xs: number[]) => xs.map((d) => +d.toFixed(6));
    // Taller by one 10 px line; wider by the pinyin's nine letters (54 px) over the name's three characters (42 px).
    expect(round([enBox.h - zhBox.h, enBox.w - zhBox.w])).toEqual([11, 12]);
    // On stage the box of every row, the pinyin included, is 1.6× larger (the 2 px halo is not scaled); the rows
    // stay at their own size: the layer scales them (labelRowsLayer.ts).
    const stage = box({ ...zh, pinyin, onStage: true });
    expect(round([stage.w - 4, stage.h - 4])).toEqual(round([(enBox.w - 4) * 1.6, (enBox.h - 4) * 1.6]));
    expect(label({ ...zh, pinyin, onStage: true }).rows).toEqual(en.rows);
  });

  it('leaves no county label overlapping another label or a symbol, for every list and all lists, by county and by park, at both screen sizes', () => {
    const selections = [...data.lists.map((l) => [l.id]), data.lists.map((l) => l.id)];
    const clash: string[] = [];
    let labels = 0;
    for (const sel of selections)
      for (const by of ['county', 'unit'] as const)
        for (const z of ZOOMS.slice(0, 2)) {
          const s: SymbolSources = { ...sources(sel, by), pinyin };
          // As MapView: the detail view's symbols leave the main map when it is on.
          const anchors = [...(s.bubbles ?? []).map((b) => b.item.anchor), ...(s.greenParks ?? []).flatMap((d) => (d.placed.point ? [d.placed.point] : []))];
          const skip = showDetail(by === 'unit', anchors) ? (a: [number, number]) => inFrame(a) : undefined;
          const placed = placeSymbols(
            mapSymbols(s, z, skip),
            regionIndex(geo.counties.features, (f) => f.properties.code, z),
            z,
          );
          const name = `${sel.length > 1 ? 'all' : sel[0]} ${by} z${z}`;
          for (const p of placed) {
            if (p.layer !== 'labels') continue;
            labels++;
            if (!/^[A-ZĀÁǍÀĒÉĚÈ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u.test(p.rows![1]!.text)) clash.push(`${name} ${p.key} pinyin ${p.rows![1]!.text}`);
            if (p.together.length) clash.push(`${name} ${p.key} ~ ${p.together.map((q) => q.key).join(' ')}`);
          }
          const b = boxes(placed);
          for (let i = 0; i < b.length; i++)
            for (let j = i + 1; j < b.length; j++)
              if (b[i]!.x0 < b[j]!.x1 && b[j]!.x0 < b[i]!.x1 && b[i]!.y0 < b[j]!.y1 && b[j]!.y0 < b[i]!.y1) clash.push(`${name} ${b[i]!.key} ~ ${b[j]!.key}`);
        }
    expect(clash).toEqual([]);
    expect(labels).toBe(9 * selections.length * 2 * 2);
  });
});
