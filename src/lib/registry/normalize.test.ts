import { describe, expect, it } from 'vitest';
import { ALIASES, NOT_ALIASES } from './aliases.ts';
import { enterpriseKey } from './index.ts';
import { isJointName, normalizeName } from './normalize.ts';

describe('normalizeName', () => {
  it.each([
    ['四川长虹电器股份有限公司', '长虹电器'],
    ['四川九洲电器集团有限责任公司', '九洲电器'],
    ['四川九洲线缆有限责任公司', '九洲线缆'],
    ['四川华丰企业集团有限公司', '华丰企业'],
    ['四川省绵阳市丰谷酒业有限责任公司', '丰谷酒业'],
    ['四川绵阳野马汽车绵阳制造有限公司', '野马汽车绵阳制造'],
    ['四川野马汽车绵阳制造有限公司', '野马汽车绵阳制造'],
    ['四川矿山机器（集团）有限责任公司', '矿山机器'],
    ['四川矿山机器(集团）有限责任公司', '矿山机器'],
    ['艾默生网络能源（绵阳）有限公司', '艾默生网络能源(绵阳)'],
    ['绵阳高新区经纬达科技有限公司', '高新区经纬达科技'],
    ['兵装集团58 所', '兵装集团58所'],
    ['兵装集团５８所', '兵装集团58所'],
    ['江油市长祥特殊钢制造有限公司', '江油市长祥特殊钢制造'],
    ['四川长虹电器股份有限公司创新设计中心', '长虹电器股份有限公司创新设计中心'],
  ])('%s → %s', (name, key) => expect(normalizeName(name)).toBe(key));

  it('keeps a prefix when what is left would not name a company on its own', () => {
    expect(normalizeName('西南科技大学')).toBe('西南科技大学');
    expect(normalizeName('四川大学')).toBe('四川大学');
    expect(normalizeName('绵阳市市场监督管理局')).toBe('绵阳市市场监督管理局');
    expect(normalizeName('四川长虹')).toBe('长虹');
    expect(normalizeName('绵阳集团')).toBe('绵阳');
  });

  it('flags a cell that names several parties', () => {
    expect(isJointName('虹信软件、科瑞软件')).toBe(true);
    expect(isJointName('四川科瑞软件有限责任公司')).toBe(false);
  });
});

describe('alias table', () => {
  it('is written in normalised keys, so every entry can actually fire', () => {
    for (const a of ALIASES) {
      expect(normalizeName(a.from), a.from).toBe(a.from);
      expect(normalizeName(a.to), a.to).toBe(a.to);
      expect(a.reason.length).toBeGreaterThan(8);
    }
  });
  it('maps short names from running text to the registered company', () => {
    expect(enterpriseKey('长虹集团')).toBe(enterpriseKey('四川长虹电子控股集团有限公司'));
    expect(enterpriseKey('长虹控股')).toBe(enterpriseKey('四川长虹电子控股集团有限公司'));
    expect(enterpriseKey('九洲集团')).toBe(enterpriseKey('四川九洲电器集团有限责任公司'));
    expect(enterpriseKey('华丰集团')).toBe(enterpriseKey('四川华丰企业集团有限公司'));
    expect(enterpriseKey('兵装集团58 所')).toBe(enterpriseKey('中国兵器装备集团自动化研究所'));
    expect(enterpriseKey('东材科技')).toBe(enterpriseKey('四川东材科技集团股份有限公司'));
    expect(enterpriseKey('佳禧印染')).toBe(enterpriseKey('绵阳佳禧印染有限责任公司'));
  });
  it('never merges the pairs recorded as different companies', () => {
    for (const { a, b } of NOT_ALIASES) expect(enterpriseKey(a), `${a} vs ${b}`).not.toBe(enterpriseKey(b));
    expect(enterpriseKey('长虹集团')).not.toBe(enterpriseKey('四川长虹电器股份有限公司'));
    expect(enterpriseKey('九洲集团')).not.toBe(enterpriseKey('四川九洲线缆有限责任公司'));
    expect(enterpriseKey('雅化集团')).not.toBe(enterpriseKey('雅化集团绵阳实业有限公司'));
    expect(enterpriseKey('利尔化学')).not.toBe(enterpriseKey('四川利尔作物科学有限公司'));
  });
});
