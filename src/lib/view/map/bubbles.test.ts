import { describe, expect, it } from 'vitest';
import { metersPerPixel, radiusFor, sizeLegend, withoutInvestment } from './bubbles.ts';

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
  it('counts rows without a usable amount', () => {
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
