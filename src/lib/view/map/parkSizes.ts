// Park circles in the detail view: area ∝ the park's count, with a size key of their own (the main map's park
// circles are all one size and carry their count as text; here the size itself reads).

/** Radius (px) of a park with `count`, the largest having `maxR`; a park with a count is never under `minR`. */
export function parkRadius(count: number, maxCount: number, maxR: number, minR = 5): number {
  if (!(maxCount > 0) || !(count > 0)) return minR;
  return Math.max(minR, maxR * Math.sqrt(count / maxCount));
}

/** Key values: the largest 1/2/5 × 10ⁿ not above the largest count, and one about a fifth of it (when ≥ 1). */
export function parkKey(maxCount: number): number[] {
  if (!(maxCount >= 1)) return [];
  const steps: number[] = [];
  for (let e = 0; e <= 6; e++) for (const m of [1, 2, 5]) steps.push(m * 10 ** e);
  const top = steps.filter((s) => s <= maxCount).pop()!;
  const small = steps.filter((s) => s <= top / 4).pop();
  return small ? [top, small] : [top];
}
