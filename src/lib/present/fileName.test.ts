import { describe, expect, it } from 'vitest';
import { fileStem, fileSubject } from './fileName.ts';

describe('fileStem', () => {
  it('keeps Chinese titles, replaces what file systems refuse, never returns an empty name', () => {
    expect(fileStem('智能制造试点示范工厂（车间）')).toBe('智能制造试点示范工厂（车间）');
    expect(fileStem('我的名单: a/b?\u0007')).toBe('我的名单_ a_b_');
    expect(fileStem('  ')).toBe('map');
    expect([...fileStem('长'.repeat(200))]).toHaveLength(80);
  });
});

describe('fileSubject', () => {
  const factory = { name: '智能制造试点示范工厂（车间）', plan: 'smart', planName: '智能化' };
  const equipment = { name: '装备和产品重点项目', plan: 'smart', planName: '智能化' };
  const green = { name: '绿色工厂', plan: 'green', planName: '绿色化' };
  it('names a picture after its list, else its plan, else all lists', () => {
    expect(fileSubject([factory], '全部名单')).toBe('智能制造试点示范工厂（车间）');
    expect(fileSubject([factory, equipment], '全部名单')).toBe('智能化');
    expect(fileSubject([factory, green], 'All lists')).toBe('All lists');
    expect(fileSubject([], '全部名单')).toBe('全部名单');
  });
});
