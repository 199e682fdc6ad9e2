import { describe, expect, it } from 'vitest';
import { shiftGlyph } from './glyphs.ts';

describe('shiftGlyph', () => {
  // A 3×2 alpha bitmap: row 0 = 10 20 30, row 1 = 40 50 60.
  const alpha = [10, 20, 30, 40, 50, 60];
  const alphaAt = (g: { rgba: Uint8ClampedArray; width: number }, x: number, y: number) => g.rgba[4 * (y * g.width + x) + 3];

  it('moves every column right by the bearing and leaves the new columns transparent', () => {
    const g = shiftGlyph(alpha, 3, 2, 2);
    expect(g.width).toBe(5);
    expect([0, 1, 2, 3, 4].map((x) => alphaAt(g, x, 0))).toEqual([0, 0, 10, 20, 30]);
    expect([0, 1, 2, 3, 4].map((x) => alphaAt(g, x, 1))).toEqual([0, 0, 40, 50, 60]);
    // Alpha only, as deck.gl's SDF atlas expects: the colour channels stay 0.
    expect([...g.rgba].filter((_, i) => i % 4 !== 3).every((v) => v === 0)).toBe(true);
  });

  it('keeps the bitmap as it is for a glyph with no bearing, and never shifts left', () => {
    for (const shift of [0, -3]) {
      const g = shiftGlyph(alpha, 3, 2, shift);
      expect(g.width).toBe(3);
      expect([0, 1, 2].map((x) => alphaAt(g, x, 1))).toEqual([40, 50, 60]);
    }
  });

  it('does not mutate its input', () => {
    const copy = [...alpha];
    shiftGlyph(alpha, 3, 2, 1);
    expect(alpha).toEqual(copy);
  });
});
