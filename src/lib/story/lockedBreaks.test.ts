import { describe, expect, it } from 'vitest';
import { lockedBreaks } from './lockedBreaks.ts';

describe('lockedBreaks', () => {
  it('locks one set of breaks over all steps, so large and small views share colours', () => {
    const b = lockedBreaks([
      [134, 46, 27, 0, undefined],
      [2, 1, 0],
      [21, 10, 9],
    ]);
    expect(b).toEqual(lockedBreaks([[134, 46, 27, 2, 1, 21, 10, 9]]));
    expect(b[0]).toBe(1);
    expect(b.length).toBeGreaterThanOrEqual(3);
  });
});
