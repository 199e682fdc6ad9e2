import { describe, expect, it } from 'vitest';
import { DETAIL_FRAME, detailSide, detailZoom, HANDFUL, showDetail } from './detail.ts';
import { parkKey, parkRadius } from './parkSizes.ts';

describe('the detail view', () => {
  it('is on when parks are on their own, or with more than a handful of symbols in its frame', () => {
    const gaoxin: [number, number] = [104.67, 31.43];
    const jiangyou: [number, number] = [104.74, 31.78];
    expect(showDetail(true, [])).toBe(true);
    expect(showDetail(false, Array(HANDFUL).fill(gaoxin))).toBe(false);
    expect(showDetail(false, Array(HANDFUL + 1).fill(gaoxin))).toBe(true);
    expect(showDetail(false, Array(50).fill(jiangyou))).toBe(false);
  });

  it('is sized for 1366×768 and 1920×1080 and fits its frame in its square', () => {
    expect(detailSide(1036, 768)).toBe(311);
    expect(detailSide(1590, 1080)).toBe(477);
    const f = detailZoom(311);
    expect(Math.round(Math.max(f.w, f.h))).toBe(311);
    expect(f.zoom).toBeGreaterThan(8.9);
    expect(DETAIL_FRAME[0]).toBeLessThan(104.472);
  });

  it('draws park circles by area, with a key of round counts', () => {
    expect(parkRadius(45, 45, 24)).toBe(24);
    expect(parkRadius(45 / 4, 45, 24)).toBe(12);
    expect(parkRadius(1, 45, 24)).toBe(5);
    expect(parkKey(45)).toEqual([20, 5]);
    expect(parkKey(3)).toEqual([2]);
    expect(parkKey(0)).toEqual([]);
  });
});
