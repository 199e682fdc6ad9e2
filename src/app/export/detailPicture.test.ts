// The detail view as the exports draw it, on the real data and boundaries: in 园区单列 every park with a count is
// named (inside the frame on the map, outside it in the list), the size key is the screen's, and the Keys line of
// the PNG names them all.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadData, type AppData } from '../data.ts';
import { bubbleModel, greenParkModel } from '../overlays.ts';
import { topologyToGeography } from '../../lib/view/map/geo.ts';
import { buildAreaModel } from '../../lib/view/areas.ts';
import { countByArea } from '../../lib/aggregate/index.ts';
import { loadRomaniser, translator } from '../../lib/i18n/index.ts';
import { PARK_PINYIN_PX } from '../detailSymbols.ts';
import { parkKey } from '../../lib/view/map/parkSizes.ts';
import { DETAIL_LAYOUT_SIDE, detailKeyLine, detailPicture, type DetailSource } from './detailPicture.ts';

const geo = topologyToGeography(JSON.parse(readFileSync(new URL('../../../geo/mianyang.topo.json', import.meta.url), 'utf8')) as Topology);
const t = translator('zh');

let data: AppData;
beforeAll(async () => {
  data = await loadData();
});

function source(compared: ReadonlyMap<string, string> = new Map()): DetailSource {
  const ids = data.lists.map((l) => l.id);
  const counts = countByArea(data.placed, { lists: new Set(ids), by: 'unit', distinct: false });
  const model = buildAreaModel(counts, data, { by: 'unit', method: 'nice', k: 4, scheme: 'YlGnBu', custom: [] });
  return {
    geo,
    areas: model.areas,
    countyColors: model.countyColors,
    showChoropleth: true,
    greenParks: greenParkModel(data).data,
    bubbles: bubbleModel(data, data.lists).bubbles,
    compared,
  };
}

describe('detailPicture', () => {
  it('names every park with a count once, inside the frame or in the list under it, with its count', () => {
    const src = source();
    const p = detailPicture(src, DETAIL_LAYOUT_SIDE, 7.6, t);
    const parks = src.areas.filter((a) => a.kind === 'park' && (a.count ?? 0) > 0);
    const named = [...p.texts.filter((x) => x.bold).map((x) => x.text), ...p.outside.map((o) => o.label)];
    expect(named.sort()).toEqual(parks.map((a) => `${a.name} ${a.count}`).sort());
    expect(p.texts.filter((x) => x.bold).map((x) => x.text)).toEqual(expect.arrayContaining(['高新区 45', '经开区 35']));
    // Every name inside the frame is drawn inside the square.
    for (const x of p.texts) {
      expect(x.x).toBeGreaterThanOrEqual(0);
      expect(x.x).toBeLessThanOrEqual(DETAIL_LAYOUT_SIDE);
      expect(x.y).toBeGreaterThanOrEqual(0);
      expect(x.y).toBeLessThanOrEqual(DETAIL_LAYOUT_SIDE);
    }
  });

  it("in English sets each park's pinyin under its name, at its own smaller size, and under the name in the list outside", async () => {
    const pinyin = await loadRomaniser();
    const p = detailPicture(source(), DETAIL_LAYOUT_SIDE, 7.6, t, pinyin);
    const name = p.texts.find((x) => x.text === '高新区 45')!;
    const romanised = p.texts.find((x) => x.text === 'Gāoxīnqū')!;
    expect(romanised).toMatchObject({ bold: false, px: PARK_PINYIN_PX, x: name.x });
    // The next row down: the two rows' centres are half of both line heights apart.
    expect(romanised.y - PARK_PINYIN_PX * 0.36 - (name.y - p.labelPx * 0.36)).toBeCloseTo(((p.labelPx + PARK_PINYIN_PX) * 1.1) / 2, 9);
    expect(p.texts.filter((x) => x.px).length).toBe(p.texts.filter((x) => x.bold).length);
    expect(p.outside.find((o) => o.label === '江油工业园区 2')?.pinyin).toBe('Jiāngyóugōngyèyuánqū');
  });

  it("keys the park circles at the screen's values, the largest at the largest radius", () => {
    const src = source();
    const p = detailPicture(src, DETAIL_LAYOUT_SIDE, 7.6, t);
    const max = Math.max(...src.areas.filter((a) => a.kind === 'park').map((a) => a.count ?? 0));
    expect(p.key.map((k) => k.value)).toEqual(parkKey(max));
    expect(p.key[0]!.r).toBeLessThanOrEqual(Math.round(DETAIL_LAYOUT_SIDE / 15));
    expect(p.key[0]!.r).toBeGreaterThan(p.key[1]!.r);
  });

  it('draws the three counties of the frame in their class colours and outlines compared ones', () => {
    const src = source(new Map([['510703', '#e41a1c']]));
    const p = detailPicture(src, DETAIL_LAYOUT_SIDE, 7.6, t);
    const fucheng = p.counties.find((c) => c.code === '510703')!;
    expect(fucheng.fill).toBe(src.countyColors['510703']);
    expect(fucheng.outline).toBe('#e41a1c');
    expect(p.counties.filter((c) => c.outline).map((c) => c.code)).toEqual(['510703']);
    expect(
      p.texts
        .filter((x) => !x.bold)
        .map((x) => x.text)
        .sort(),
    ).toEqual(['安州区', '涪城区', '游仙区'].sort());
  });

  it("bubbles keep the main picture's pixel size: twice the main zoom's scale, twice the radius", () => {
    const src = source();
    const radii = (z: number) =>
      detailPicture(src, DETAIL_LAYOUT_SIDE, z, t)
        .circles.filter((c) => c.stroke === '#782d00')
        .map((c) => c.r);
    const [a, b] = [radii(7), radii(8)];
    expect(a.length).toBeGreaterThan(0);
    const big = a.map((r, i) => [r, b[i]!] as const).filter(([r]) => r > 4);
    expect(big.length).toBeGreaterThan(0);
    for (const [r, s] of big) expect(s / r).toBeCloseTo(2, 1);
  });

  it('words the Keys line: title, size key, then every park named', () => {
    const p = detailPicture(source(), DETAIL_LAYOUT_SIDE, 7.6, t);
    const line = detailKeyLine(p);
    expect(line.startsWith(`主城区放大 | 园区圆点（面积 ∝ 计数）: ${p.key.map((k) => k.value).join(' / ')} | `)).toBe(true);
    expect(line).toContain(' | 高新区 45');
    expect(line.split(' | ').length).toBe(2 + p.texts.filter((x) => x.bold).length + p.outside.length);
  });
});
