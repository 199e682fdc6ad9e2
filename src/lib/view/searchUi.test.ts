import { describe, expect, it } from 'vitest';
import { cameraFor, moveActive } from './searchUi.ts';

describe('moveActive / cameraFor', () => {
  it('moves the highlighted option with wrap-around', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'End')).toBe(2);
    expect(moveActive(1, 3, 'Home')).toBe(0);
    expect(moveActive(1, 3, 'a')).toBe(1);
    expect(moveActive(1, 0, 'ArrowDown')).toBe(-1);
  });
  it('leaves the default fit alone and otherwise centres at county zoom or closer', () => {
    expect(cameraFor([104.75, 31.78], null)).toBeNull();
    expect(cameraFor([104.75, 31.78], [104.6, 31.5, 7])).toEqual([104.75, 31.78, 8]);
    expect(cameraFor([104.75, 31.78], [104.6, 31.5, 10.5])).toEqual([104.75, 31.78, 10.5]);
  });
});
