// The detail view's park names in English: the pinyin on a smaller line under "高新区 45", as the main map's county
// labels have it, in a box that holds both rows — and the inset still separates every symbol and name.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadData, type AppData } from './data.ts';
import { bubbleModel, greenParkModel } from './overlays.ts';
import { detailLayout, PARK_LABEL_PX, PARK_PINYIN_PX } from './detailSymbols.ts';
import { topologyToGeography } from '../lib/view/map/geo.ts';
import { buildAreaModel } from '../lib/view/areas.ts';
import { countByArea } from '../lib/aggregate/index.ts';
import { detailSide } from '../lib/view/map/detail.ts';
import { loadRomaniser } from '../lib/i18n/index.ts';
import { worstCircleOverlap } from '../lib/view/map/symbols.ts';
import type { Part } from '../lib/view/map/placement.ts';

const geo = topologyToGeography(JSON.parse(readFileSync(new URL('../../geo/mianyang.topo.json', import.meta.url), 'utf8')) as Topology);
/** The inset's side at 1366×768 and 1920×1080 (the map beside the panel). */
const SIDES = [detailSide(1036, 768), detailSide(1590, 1080)];

let data: AppData;
let pinyin: (name: string) => string;
beforeAll(async () => {
  data = await loadData();
  pinyin = await loadRomaniser();
});

function layout(side: number, parkPinyin?: (name: string) => string) {
  const counts = countByArea(data.placed, { lists: new Set(data.lists.map((l) => l.id)), by: 'unit', distinct: false });
  const areas = buildAreaModel(counts, data, { by: 'unit', method: 'nice', k: 4, scheme: 'YlGnBu', custom: [] }).areas;
  return detailLayout({
    geo,
    areas,
    greenParks: greenParkModel(data).data,
    bubbles: bubbleModel(data, data.lists).bubbles,
    mainZoom: 7.5,
    side,
    parkLabel: (name, n) => `${name} ${n}`,
    ...(parkPinyin ? { parkPinyin } : {}),
  });
}

const labelBox = (p: { parts: Part[] }) => p.parts.find((q): q is Extract<Part, { kind: 'box' }> => q.kind === 'box')!;

describe('park names in the detail view, in English', () => {
  it('set the pinyin on a smaller line under the name and count, in a box one pinyin line taller', () => {
    const en = layout(SIDES[0]!, pinyin).placed.find((p) => p.key === 'park:gaoxin')!;
    const zh = layout(SIDES[0]!).placed.find((p) => p.key === 'park:gaoxin')!;
    const count = String((zh.object as { count?: number }).count);
    expect(en.rows!.map((r) => [r.text, r.sizePx])).toEqual([
      [`高新区 ${count}`, PARK_LABEL_PX],
      ['Gāoxīnqū', PARK_PINYIN_PX],
    ]);
    // The pinyin row sits under the name's.
    expect(en.rows![1]!.dy - en.rows![0]!.dy).toBeCloseTo(((PARK_LABEL_PX + PARK_PINYIN_PX) * 1.1) / 2, 9);
    expect(zh.rows!.map((r) => r.text)).toEqual([`高新区 ${count}`]);
    expect(+(labelBox(en).h - labelBox(zh).h).toFixed(6)).toBe(PARK_PINYIN_PX * 1.1);
  });

  it('still overlap nothing at 1366×768 and 1920×1080: no two circles, and no name box over another symbol or name', () => {
    // The circles leave the two-row names room: the largest is a 17th of the side in English, a 15th in Chinese.
    expect(SIDES.map((side) => [layout(side).maxR, layout(side, pinyin).maxR])).toEqual(SIDES.map((side) => [Math.round(side / 15), Math.round(side / 17)]));
    for (const side of SIDES) {
      const { placed } = layout(side, pinyin);
      const parks = placed.filter((p) => p.layer === 'park-units');
      expect(parks.length).toBe(7);
      for (const p of parks) expect(p.rows![1]!.text, p.key).toMatch(/^[A-ZĀÁǍÀĒÉĚÈ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+$/u);
      expect(worstCircleOverlap(placed)).toBeLessThanOrEqual(1);
      expect(placed.filter((p) => p.together.length).map((p) => `${side}: ${p.key} ~ ${p.together.map((q) => q.key).join(' ')}`)).toEqual([]);
      // Every box (park names, county names) against every other part, in world px: boxes by their extent, circles by
      // the distance from their centre to the box.
      const parts = placed.flatMap((p) => p.parts.map((q) => ({ key: p.key, q, x: p.x + q.dx, y: p.y + q.dy })));
      const clash: string[] = [];
      for (const a of parts) {
        if (a.q.kind !== 'box') continue;
        const [x0, x1, y0, y1] = [a.x - a.q.w / 2, a.x + a.q.w / 2, a.y - a.q.h / 2, a.y + a.q.h / 2];
        for (const b of parts) {
          if (b.key === a.key) continue;
          const over =
            b.q.kind === 'circle'
              ? b.q.r - Math.hypot(b.x - Math.max(x0, Math.min(b.x, x1)), b.y - Math.max(y0, Math.min(b.y, y1)))
              : Math.min(x1 - (b.x - b.q.w / 2), b.x + b.q.w / 2 - x0, y1 - (b.y - b.q.h / 2), b.y + b.q.h / 2 - y0);
          if (over > 1) clash.push(`${side}: ${a.key} ~ ${b.key} ${over.toFixed(1)}`);
        }
      }
      expect(clash).toEqual([]);
    }
  });
});
