import { describe, expect, it } from 'vitest';
import { eachRow, runAll, runSliced, type Steps } from './slices.ts';

function* sum(xs: number[], slice: number): Steps<number> {
  let s = 0;
  yield* eachRow(xs.length, (i) => (s += xs[i]!), slice);
  return s;
}

describe('sliced work', () => {
  const xs = Array.from({ length: 10 }, (_, i) => i + 1);
  it('runs to the same result at once and in slices', async () => {
    expect(runAll(sum(xs, 3))).toBe(55);
    let pauses = 0;
    expect(await runSliced(sum(xs, 3), async () => void pauses++)).toBe(55);
    // 10 rows in slices of 3: 4 slices, a pause between each two.
    expect(pauses).toBe(3);
  });
  it('visits every row once, for any slice size, and empty input', () => {
    for (const slice of [1, 4, 10, 11]) {
      const seen: number[] = [];
      runAll(eachRow(xs.length, (i) => seen.push(i), slice));
      expect(seen).toEqual(xs.map((_, i) => i));
    }
    expect(runAll(sum([], 5))).toBe(0);
  });
});
