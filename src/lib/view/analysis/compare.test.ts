import { describe, expect, it } from 'vitest';
import { loadLang, translator } from '../../i18n/index.ts';
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
    const zh = translator('zh');
    expect(compareStatus(0, zh)).toBe('未选择比较区域');
    expect(compareStatus(1, zh)).toBe('已选 1 个区域，再选 1 个即可比较');
    expect(compareStatus(3, zh)).toBe('已选 3 个区域');
    expect(compareStatus(4, zh)).toBe('已选 4 个区域（最多 4 个）');
  });
  it('says the same in English', async () => {
    await loadLang('en');
    const en = translator('en');
    expect([0, 1, 2, 4].map((n) => compareStatus(n, en))).toEqual([
      'No areas chosen for comparison',
      '1 area chosen; choose 1 more to compare',
      '2 areas chosen',
      '4 areas chosen (at most 4)',
    ]);
  });
});
