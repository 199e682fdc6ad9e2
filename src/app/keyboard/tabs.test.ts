import { describe, expect, it } from 'vitest';
import { nextTab } from './tabs.ts';

const TABS = ['district', 'gaps', 'ranking', 'targets', 'quality'] as const;

describe('nextTab', () => {
  it('moves right and left with wrap-around, Home/End to the ends', () => {
    expect(nextTab(TABS, 'district', 'ArrowRight')).toBe('gaps');
    expect(nextTab(TABS, 'quality', 'ArrowRight')).toBe('district');
    expect(nextTab(TABS, 'district', 'ArrowLeft')).toBe('quality');
    expect(nextTab(TABS, 'ranking', 'Home')).toBe('district');
    expect(nextTab(TABS, 'ranking', 'End')).toBe('quality');
  });

  it('ignores other keys, and starts from the ends when nothing is open', () => {
    expect(nextTab(TABS, 'gaps', 'Enter')).toBeUndefined();
    expect(nextTab(TABS, null, 'ArrowRight')).toBe('district');
    expect(nextTab(TABS, null, 'ArrowLeft')).toBe('quality');
    expect(nextTab([], null, 'ArrowRight')).toBeUndefined();
  });
});
