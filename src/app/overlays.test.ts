// Investment bubbles of an imported list with more projects than the per-project limit: the real seed data, a real
// import (geocoder, records, merge), then the view model, the hover targets and the tooltip of a per-place total.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData, type AppData } from './data.ts';
import { bubbleModel } from './overlays.ts';
import { mergeImports } from './import/merge.ts';
import { pickTargets } from './pickTargets.ts';
import type { BubbleItem, PlaceTotalDatum } from './deckLayers.ts';
import { buildImport } from '../lib/import/build.ts';
import { guessMapping } from '../lib/import/mapping.ts';
import { geocode } from '../lib/geocode/index.ts';
import type { Table } from '../lib/read/types.ts';
import { pickAt } from '../lib/view/map/pick.ts';
import { mercatorPx, regionIndex } from '../lib/view/map/regions.ts';
import { placeSymbols } from '../lib/view/map/symbols.ts';
import { topologyToGeography } from '../lib/view/map/geo.ts';
import { mapSymbols } from './mapSymbols.ts';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { placeTotalLines } from '../lib/view/map/tooltip.ts';
import { translator } from '../lib/i18n/index.ts';
// 3000 rows, 600 per place, every 7th without a usable amount.
import { amountCell, expectedTotal as expected, PLACES } from '../../tests/fixtures/placeTotals.ts';

const HEADERS = ['项目名称', '属地', '总投资（万元）'];
const geo = topologyToGeography(JSON.parse(readFileSync(new URL('../../geo/mianyang.topo.json', import.meta.url), 'utf8')) as Topology);

function csvTable(n: number): Table {
  const rows = Array.from({ length: n }, (_, i) => [`测试项目${i + 1}`, PLACES[i % PLACES.length]!, amountCell(i)]);
  return {
    format: 'csv',
    encoding: 'utf-8',
    headers: HEADERS,
    sourceUnit: 'line',
    skippedTitleRows: 0,
    titleRows: [],
    trailingBlankRows: 0,
    rows: rows.map((cells, i) => ({ index: i + 1, sourceLine: i + 2, cells })),
  };
}

let seed: AppData;
beforeAll(async () => {
  seed = await loadData();
});

const importList = (n: number) =>
  buildImport(
    csvTable(n),
    guessMapping(HEADERS),
    geocode,
    {},
    { id: `import-${n}`, name: '项目清单', fileName: '项目清单.csv', importedAt: '2026-11-25T08:00:00.000Z' },
  );

describe('bubbleModel above the per-project limit', () => {
  it('3000 projects become one bubble per place, sized by the sum there, the skipped rows counted', () => {
    const list = importList(3000);
    const data = mergeImports(seed, [list]);
    const b = bubbleModel(data, [list.meta]);
    const withAmount = list.rows.filter((r) => r.investmentWan !== undefined).length;
    expect(withAmount).toBe(3000 - Math.floor(3000 / 7));
    expect(b.perPlace).toEqual({ projects: withAmount, max: 1000 });
    expect(b.bubbles.map((x) => x.item.id).sort()).toEqual(PLACES.map((p) => `total:${p}`).sort());
    expect(b.noAmount).toBe(Math.floor(3000 / 7));
    expect(b.unplaced).toBe(0);
    for (const place of PLACES) {
      const d = b.bubbles.find((x) => x.item.id === `total:${place}`)!.item.datum as PlaceTotalDatum;
      const e = expected(3000, place);
      expect([d.total.count, d.total.investmentWan, d.placedAt]).toEqual([e.count, e.wan, place]);
      expect(d.total.sources).toEqual([{ source: '项目清单.csv', rows: e.count }]);
    }
    expect(b.bubbles.reduce((s, x) => s + (x.item.datum as PlaceTotalDatum).total.count, 0)).toBe(withAmount);
    // The park and its county (芦溪 sits on 三台县's point) are two bubbles that the placement keeps apart.
    const placed = placeSymbols(
      mapSymbols({ areas: [], showLabels: false, showChoropleth: false, greenParks: null, bubbles: b.bubbles as BubbleItem[] }, 8),
      regionIndex(geo.counties.features, (f) => f.properties.code, 8),
      8,
    );
    const [luxi, santai] = ['bubble:total:芦溪工业集中发展区', 'bubble:total:三台县'].map((k) => placed.find((x) => x.key === k)!);
    expect(Math.hypot(luxi!.x - santai!.x, luxi!.y - santai!.y)).toBeGreaterThanOrEqual(luxi!.radiusPx + santai!.radiusPx);
  });

  it('1000 projects or fewer stay one bubble per project', () => {
    const list = importList(1166);
    const b = bubbleModel(mergeImports(seed, [list]), [list.meta]);
    expect(list.rows.filter((r) => r.investmentWan !== undefined)).toHaveLength(1000);
    expect(b.perPlace).toBeNull();
    expect(b.bubbles).toHaveLength(1000);
    expect(b.bubbles.every((x) => !('total' in x.item.datum))).toBe(true);
  });

  it('the seed lists alone are unchanged: one bubble per project, none summed', () => {
    const b = bubbleModel(seed, seed.lists);
    expect(b.perPlace).toBeNull();
    expect(b.bubbles.map((x) => x.item.id).every((id) => !id.startsWith('total:'))).toBe(true);
  });

  it('with the seed lists selected too, the seed projects join the totals of their places, each source counted', () => {
    const list = importList(3000);
    const data = mergeImports(seed, [list]);
    const b = bubbleModel(data, data.lists);
    const yanting = b.bubbles.find((x) => x.item.id === 'total:盐亭县')!.item.datum as PlaceTotalDatum;
    const e = expected(3000, '盐亭县');
    // smart-factory prints one 盐亭县 project of 8000 万元 (绵府办发〔2019〕5号 智能化 表3).
    expect(yanting.total.sources).toEqual([
      { source: '项目清单.csv', rows: e.count },
      { source: '绵府办发〔2019〕5号', rows: 1 },
    ]);
    expect(yanting.total.investmentWan).toBe(e.wan + 8000);
  });

  it('a per-place bubble is a hover target like any other, and its tooltip traces the total', () => {
    const list = importList(3000);
    const b = bubbleModel(mergeImports(seed, [list]), [list.meta]);
    const regions = regionIndex(geo.counties.features, (f) => f.properties.code, 8);
    const placed = placeSymbols(
      mapSymbols({ areas: [], showLabels: false, showChoropleth: false, greenParks: null, bubbles: b.bubbles as BubbleItem[] }, 8),
      regions,
      8,
    );
    const targets = pickTargets(placed);
    expect(targets).toHaveLength(PLACES.length);
    const zitong = placed.find((x) => x.key === 'bubble:total:梓潼县')!;
    const project = (ll: [number, number]) => mercatorPx(ll, 8);
    const [x, y] = project(zitong.position);
    const hit = pickAt(targets, { x: x + 1, y: y - 1 }, project, 8);
    expect(hit?.layer).toBe('bubbles');
    const d = (hit!.object.object as BubbleItem).item.datum as PlaceTotalDatum;
    const e = expected(3000, '梓潼县');
    expect(placeTotalLines(d.total, { t: translator('zh'), lang: 'zh' })).toEqual([
      '梓潼县：按地点合计',
      `${e.count} 个项目`,
      `投资合计：${e.wan} 万元`,
      `来源：项目清单.csv，共 ${e.count} 行之和`,
    ]);
  });
});
