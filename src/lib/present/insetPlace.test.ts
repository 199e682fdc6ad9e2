import { describe, expect, it } from 'vitest';
import { insetPlace } from './insetPlace.ts';

// The map at 1366×768 beside the control panel: 1046 × 768; the inset's chrome (padding, title, key) around its square.
const size = { side: 311, chromeW: 14, chromeH: 110 };
const drawer = { left: 1046 - 10 - 420, top: 10, right: 1036, bottom: 758 };

describe('insetPlace', () => {
  it('keeps the lower right corner when nothing else is there', () => {
    expect(insetPlace(1046, 768, size, [])).toEqual({ right: 12, bottom: 12, side: 311 });
  });

  it('steps left of the open drawer, taking at most 45 % of the room there (the map keeps the rest)', () => {
    const p = insetPlace(1046, 768, size, [drawer]);
    // The room left of the drawer: 616 − 12 − 12 − 14 = 578 px; 45 % of it is 260.
    expect(p).toEqual({ right: 1046 - drawer.left + 12, bottom: 12, side: 260 });
    // At 1920×1080 (a map of 1590 px) it keeps its own size.
    expect(insetPlace(1590, 1080, { ...size, side: 477 }, [{ left: 1590 - 430, top: 10, right: 1580, bottom: 1070 }]).side).toBe(477);
    // Its box is clear of the drawer and inside the map.
    const left = 1046 - p.right - p.side - size.chromeW;
    expect(1046 - p.right).toBeLessThanOrEqual(drawer.left);
    expect(left).toBeGreaterThanOrEqual(12);
  });

  it('shrinks with the room left of a wide drawer, but not below its least side', () => {
    const wide = { ...drawer, left: 600 };
    expect(insetPlace(1046, 768, size, [wide])).toEqual({ right: 1046 - 600 + 12, bottom: 12, side: Math.floor((600 - 24 - 14) * 0.45) });
    expect(insetPlace(1046, 768, size, [{ ...drawer, left: 150 }]).side).toBe(200);
  });

  it('ignores panels elsewhere on the map (the story title at the top)', () => {
    expect(insetPlace(1046, 768, size, [{ left: 20, top: 16, right: 900, bottom: 90 }])).toEqual({ right: 12, bottom: 12, side: 311 });
  });

  it('clears two panels side by side along the right edge', () => {
    const narrow = { left: 900, top: 300, right: 1040, bottom: 760 };
    const p = insetPlace(1046, 768, size, [narrow, drawer]);
    expect(p.right).toBe(1046 - drawer.left + 12);
  });
});
