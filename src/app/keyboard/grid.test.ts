import { describe, expect, it } from 'vitest';
import { clampCell, gridMove } from './grid.ts';

// The gap matrix's shape: 18 lists × 9 counties.
const NINE = Array.from({ length: 18 }, () => 9);

describe('gridMove', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridMove({ row: 0, col: 0 }, 'ArrowRight', NINE)).toEqual({ row: 0, col: 1 });
    expect(gridMove({ row: 0, col: 8 }, 'ArrowRight', NINE)).toEqual({ row: 0, col: 8 });
    expect(gridMove({ row: 0, col: 0 }, 'ArrowLeft', NINE)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 3, col: 4 }, 'ArrowDown', NINE)).toEqual({ row: 4, col: 4 });
    expect(gridMove({ row: 17, col: 4 }, 'ArrowDown', NINE)).toEqual({ row: 17, col: 4 });
    expect(gridMove({ row: 0, col: 4 }, 'ArrowUp', NINE)).toEqual({ row: 0, col: 4 });
  });
  it('Home/End go to the row ends, with Ctrl to the grid corners; PageUp/PageDown jump five rows', () => {
    expect(gridMove({ row: 5, col: 4 }, 'Home', NINE)).toEqual({ row: 5, col: 0 });
    expect(gridMove({ row: 5, col: 4 }, 'End', NINE)).toEqual({ row: 5, col: 8 });
    expect(gridMove({ row: 5, col: 4 }, 'Home', NINE, true)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 5, col: 4 }, 'End', NINE, true)).toEqual({ row: 17, col: 8 });
    expect(gridMove({ row: 15, col: 2 }, 'PageDown', NINE)).toEqual({ row: 17, col: 2 });
    expect(gridMove({ row: 3, col: 2 }, 'PageUp', NINE)).toEqual({ row: 0, col: 2 });
  });
  it('clamps the column on a shorter row and lets other keys through', () => {
    expect(gridMove({ row: 0, col: 5 }, 'ArrowDown', [9, 3])).toEqual({ row: 1, col: 2 });
    expect(gridMove({ row: 0, col: 0 }, 'Enter', NINE)).toBeUndefined();
    expect(gridMove({ row: 0, col: 0 }, ' ', NINE)).toBeUndefined();
    expect(gridMove({ row: 0, col: 0 }, 'ArrowDown', [])).toBeUndefined();
  });
});

describe('clampCell', () => {
  it('keeps a remembered cell inside a grid that shrank', () => {
    expect(clampCell({ row: 20, col: 10 }, NINE)).toEqual({ row: 17, col: 8 });
    expect(clampCell({ row: 2, col: 3 }, NINE)).toEqual({ row: 2, col: 3 });
    expect(clampCell({ row: 2, col: 3 }, [])).toEqual({ row: 0, col: 0 });
  });
});
