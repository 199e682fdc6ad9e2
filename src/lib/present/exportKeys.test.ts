import { describe, expect, it } from 'vitest';
import { exportKeys, type KeyInput } from './exportKeys.ts';
import { translator } from '../i18n/index.ts';
import { metersPerPixel } from '../view/map/bubbles.ts';

const t = translator('zh');
const national = { level: '国家级', year: 2020, color: '#009e73', filled: true, radiusPx: 11, strokePx: 2 };
const provincial = { level: '省级', year: 2021, color: '#0072b2', filled: false, radiusPx: 9, strokePx: 3.5 };
const base: KeyInput = {
  drawn: new Set(['classes', 'green-parks', 'bubbles']),
  classes: [
    { text: '1–9（3 个区域）', color: '#c6dbef' },
    { text: '0（2 个区域）', color: '#f7f7f7' },
  ],
  classTitle: '图例',
  greenParks: {
    total: 5,
    legend: [
      { label: 'a', count: 3, symbol: national },
      { label: 'b', count: 2, symbol: provincial },
    ],
  },
  bubbles: { legend: [{ wan: 100000, radiusM: 8000 }], note: '12 个项目' },
  parkUnits: { note: '带橙色边的圆点是单列的园区' },
  zoom: 8,
  lat: 31.5,
  lang: 'zh',
};

describe('exportKeys', () => {
  it('keys each drawn layer: classes as swatches, green parks as the map draws them, bubbles at the picture scale', () => {
    const s = exportKeys(base, t);
    expect(s.map((x) => x.id)).toEqual(['classes', 'green-parks', 'bubbles']);
    expect(s[0]!.items).toEqual([
      { symbol: { kind: 'swatch', color: '#c6dbef' }, text: '1–9（3 个区域）' },
      { symbol: { kind: 'swatch', color: '#f7f7f7' }, text: '0（2 个区域）' },
    ]);
    expect(s[1]!.title).toBe('绿色园区（5）');
    expect(s[1]!.items).toEqual([
      { symbol: { kind: 'circle', radiusPx: 11, fill: '#009e73', stroke: '#ffffff', strokePx: 2 }, text: '国家级 · 2020 年目标（3）' },
      { symbol: { kind: 'circle', radiusPx: 9, fill: '#ffffff', stroke: '#0072b2', strokePx: 3.5 }, text: '省级 · 2021 年目标（2）' },
    ]);
    expect(s[2]!.items[0]!.text).toBe('10 亿元');
    expect(s[2]!.items[0]!.symbol).toMatchObject({ kind: 'circle', radiusPx: 8000 / metersPerPixel(8, 31.5) });
    expect(s[2]!.note).toBe('12 个项目');
  });

  it('names the parks behind each green-park row, in the language of the key', () => {
    const names = new Map([
      ['国家级 · 2020 年目标', ['四川绵阳游仙经济开发区']],
      ['省级 · 2021 年目标', ['绵阳经济技术开发区', '江油工业园区']],
    ]);
    const rows = exportKeys({ ...base, greenParks: { ...base.greenParks!, names } }, t)[1]!.items.map((i) => i.text);
    expect(rows).toEqual(['国家级 · 2020 年目标（3）：四川绵阳游仙经济开发区', '省级 · 2021 年目标（2）：绵阳经济技术开发区、江油工业园区']);
  });

  it('leaves out a layer that is not drawn, and one with nothing in its key', () => {
    expect(exportKeys({ ...base, drawn: new Set(['bubbles']) }, t).map((x) => x.id)).toEqual(['bubbles']);
    expect(exportKeys({ ...base, bubbles: { legend: [], note: '' }, greenParks: null }, t).map((x) => x.id)).toEqual(['classes']);
  });

  it('keys park circles when they are drawn, with the sizes the map gives them once it has some', () => {
    const drawn = new Set(['park-units']);
    expect(exportKeys({ ...base, drawn }, t)).toEqual([
      { id: 'park-units', title: '单列的园区', layout: 'rows', items: [], note: '带橙色边的圆点是单列的园区' },
    ]);
    const item = { symbol: { kind: 'circle', radiusPx: 9, fill: '#fff', stroke: '#e6550d', strokePx: 2 } as const, text: '3' };
    expect(exportKeys({ ...base, drawn, parkUnits: { note: 'n', items: [item] } }, t)[0]!.items).toEqual([item]);
  });
});
