import { describe, expect, it } from 'vitest';
import { compareStatus, toggleCompare } from './compare.ts';

describe('toggleCompare', () => {
  it('adds at the end, removes, and keeps the four newest', () => {
    expect(toggleCompare([], '510703')).toEqual(['510703']);
    expect(toggleCompare(['510703', '510781'], '510703')).toEqual(['510781']);
    expect(toggleCompare(['510703', '510704', '510705', '510781'], '510726')).toEqual(['510704', '510705', '510781', '510726']);
  });
  it('a forced direction is idempotent (checkbox semantics)', () => {
    expect(toggleCompare(['510703'], '510703', true)).toEqual(['510703']);
    expect(toggleCompare(['510703'], '510781', false)).toEqual(['510703']);
  });
});

describe('compareStatus', () => {
  it('tells how many are chosen and when comparing becomes possible', () => {
    expect(compareStatus(0)).toBe('未选择比较区域');
    expect(compareStatus(1)).toBe('已选 1 个区域，再选 1 个即可比较');
    expect(compareStatus(3)).toBe('已选 3 个区域');
    expect(compareStatus(4)).toBe('已选 4 个区域（最多 4 个）');
  });
});
