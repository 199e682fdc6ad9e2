import { describe, expect, it } from 'vitest';
import { layoutBubbles, metersPerPixel, radiusFor, sizeLegend, withoutInvestment } from './bubbles.ts';

const M_LAT = 111_320;
const dist = (a: [number, number], b: [number, number]) => {
  const kx = M_LAT * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * M_LAT);
};

describe('bubbles', () => {
  it('area is proportional to investment (radius ∝ √)', () => {
    expect(radiusFor(2_800_000, 2_800_000, 9000)).toBe(9000);
    expect(radiusFor(700_000, 2_800_000, 9000)).toBe(4500);
    expect(radiusFor(0, 100, 9000)).toBe(0);
  });
  it('spreads projects sharing one point so no two overlap, deterministically', () => {
    const anchor: [number, number] = [104.6, 31.42];
    const items = [21559, 8000, 8000, 150000, 3000, 45000, 1200].map((w, i) => ({ id: `smart-factory:${i + 1}`, anchor, investmentWan: w }));
    const out = layoutBubbles(items, { maxRadiusM: 9000, gapM: 250 });
    expect(out.map((b) => b.item.id)).toEqual([
      'smart-factory:4',
      'smart-factory:6',
      'smart-factory:1',
      'smart-factory:2',
      'smart-factory:3',
      'smart-factory:5',
      'smart-factory:7',
    ]);
    expect(out[0]!.position).toEqual(anchor);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        expect(dist(out[i]!.position, out[j]!.position)).toBeGreaterThanOrEqual(out[i]!.radiusM + out[j]!.radiusM);
      }
    expect(layoutBubbles([...items].reverse(), { maxRadiusM: 9000, gapM: 250 })).toEqual(out);
  });
  it('leaves rows without an amount out of the layout and counts them', () => {
    const items = [
      { id: 'a', anchor: [104, 31] as [number, number], investmentWan: 0 },
      { id: 'b', anchor: [104, 31] as [number, number], investmentWan: 10 },
    ];
    expect(layoutBubbles(items, { maxRadiusM: 100 }).map((b) => b.item.id)).toEqual(['b']);
    expect(withoutInvestment([{ investmentWan: 5 }, {}, { investmentWan: Number.NaN }])).toHaveLength(2);
  });
  it('size legend uses round amounts', () => {
    expect(sizeLegend(2_800_000, 9000).map((s) => s.wan)).toEqual([2_000_000, 200_000, 20_000]);
    expect(sizeLegend(0, 9000)).toEqual([]);
  });
  it('metres per pixel at zoom 8, 31.5° N', () => {
    expect(Math.round(metersPerPixel(8, 31.5))).toBe(261);
  });
});
