import { describe, expect, it } from 'vitest';
import { detectLocationColumn, findColumn } from './columns.ts';

describe('detectLocationColumn', () => {
  it('prefers an exact header over one that merely contains a keyword', () => {
    expect(detectLocationColumn(['注册地址', '企业名称', '属地'])).toEqual({ index: 2, header: '属地', rule: 'exact', keyword: '属地' });
  });

  it('among containing headers, the earlier keyword wins (county column before street address)', () => {
    expect(detectLocationColumn(['企业名称', '单位地址', '所在县市区'])).toEqual({ index: 2, header: '所在县市区', rule: 'contains', keyword: '县市区' });
  });

  it('ignores whitespace, line breaks, full-width letters and case', () => {
    expect(detectLocationColumn(['序号', '所在\n县市区'])?.index).toBe(1);
    expect(detectLocationColumn(['Name', 'ＡＤＤＲＥＳＳ'])).toEqual({ index: 1, header: 'ＡＤＤＲＥＳＳ', rule: 'exact', keyword: 'address' });
    expect(detectLocationColumn(['company', 'County (区县)'])?.rule).toBe('contains');
  });

  it('returns undefined when nothing looks like a location', () => {
    expect(detectLocationColumn(['序号', '企业名称', '行业'])).toBeUndefined();
  });
});

describe('findColumn', () => {
  it('matches exactly first, then after normalising', () => {
    expect(findColumn(['属地', ' 属地 '], ' 属地 ')).toBe(1);
    expect(findColumn(['序号', '所在\n县市区'], '所在县市区')).toBe(1);
    expect(findColumn(['序号'], '属地')).toBe(-1);
  });
});
