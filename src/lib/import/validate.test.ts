import { describe, expect, it } from 'vitest';
import { readerProblemZh, rowLabel, validateRow } from './validate.ts';

const opts = { unit: '万元' as const, hasName: true, hasAmount: true };

describe('validateRow', () => {
  it('accepts a clean row and converts the amount', () => {
    expect(validateRow({ name: '四川九洲电器集团有限责任公司', location: '涪城区', amount: '2.5亿元', category: '电子信息' }, '第 2 行', opts)).toEqual({ investmentWan: 25000, problems: [] });
  });
  it('puts every problem on the row as one message each', () => {
    expect(validateRow({ name: ' ', location: '', amount: 'abc', category: '' }, '第 12 行', opts)).toEqual({
      problems: ['第 12 行：名称为空', '第 12 行：所在地为空', '第 12 行：金额 "abc" 不是数字'],
    });
  });
  it('keeps a good amount when another field has a problem', () => {
    expect(validateRow({ name: '', location: '游仙区', amount: '12,000', category: '' }, '第 3 行', opts)).toEqual({ investmentWan: 12000, problems: ['第 3 行：名称为空'] });
  });
  it('checks no name and no amount when those columns are not mapped', () => {
    expect(validateRow({ name: '', location: '江油市', amount: 'abc', category: '' }, '第 4 行', { unit: '万元', hasName: false, hasAmount: false })).toEqual({ problems: [] });
  });
});

describe('labels and reader problems', () => {
  it('says 行 for lines and rows, 项 for JSON elements', () => {
    expect(rowLabel(12, 'line')).toBe('第 12 行');
    expect(rowLabel(7, 'row')).toBe('第 7 行');
    expect(rowLabel(3, 'element')).toBe('第 3 项');
  });
  it('translates the reader messages and passes unknown ones through', () => {
    expect(readerProblemZh('short row: 2 of 4 cells')).toBe('缺少单元格（只有 2 个，表头有 4 列）');
    expect(readerProblemZh('unterminated quote: this line was read without quote handling; long row: 5 cells for 4 columns')).toBe('引号未闭合：此行按无引号方式读取；单元格过多（5 个，表头只有 4 列）');
    expect(readerProblemZh('element 2 is an array, not an object')).toBe('不是对象，而是数组');
    expect(readerProblemZh('something new')).toBe('something new');
  });
});
