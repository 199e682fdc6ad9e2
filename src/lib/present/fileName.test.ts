import { describe, expect, it } from 'vitest';
import { fileStem } from './fileName.ts';

describe('fileStem', () => {
  it('keeps Chinese titles, replaces what file systems refuse, never returns an empty name', () => {
    expect(fileStem('智能制造试点示范工厂（车间）')).toBe('智能制造试点示范工厂（车间）');
    expect(fileStem('我的名单: a/b?\u0007')).toBe('我的名单_ a_b_');
    expect(fileStem('  ')).toBe('map');
    expect([...fileStem('长'.repeat(200))]).toHaveLength(80);
  });
});
