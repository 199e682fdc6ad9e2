import { describe, expect, it } from 'vitest';
import { parseAmount, unitFromHeader } from './amount.ts';

const wan = (t: string, u: Parameters<typeof parseAmount>[1] = '万元') => {
  const r = parseAmount(t, u);
  return r.ok ? (r.empty ? 'empty' : r.wan) : `${r.problem}: ${r.text}`;
};

describe('unitFromHeader', () => {
  it('reads the unit from brackets, a slash or a trailing unit', () => {
    expect(unitFromHeader('总投资（亿元）')).toBe('亿元');
    expect(unitFromHeader('投资额(万元)')).toBe('万元');
    expect(unitFromHeader('金额（万）')).toBe('万元');
    expect(unitFromHeader('投资额/元')).toBe('元');
    expect(unitFromHeader('总投资万元')).toBe('万元');
    expect(unitFromHeader('总投资 （ 亿元 ）')).toBe('亿元');
  });
  it('names no unit for headers without one (单元 is not 元)', () => {
    expect(unitFromHeader('金额')).toBeUndefined();
    expect(unitFromHeader('所属单元')).toBeUndefined();
    expect(unitFromHeader('投资(备注)')).toBeUndefined();
  });
});

describe('parseAmount → 万元', () => {
  it('uses the column unit for bare numbers', () => {
    expect(wan('12,000')).toBe(12000);
    expect(wan('2.15', '亿元')).toBe(21500);
    expect(wan('0.3', '亿元')).toBe(3000);
    expect(wan('35000000', '元')).toBe(3500);
    expect(wan('1.2e4')).toBe(12000);
  });
  it('lets a unit in the cell win over the column unit', () => {
    expect(wan('2.5亿元')).toBe(25000);
    expect(wan('2.5亿')).toBe(25000);
    expect(wan('3000万', '亿元')).toBe(3000);
    expect(wan('500000元', '亿元')).toBe(50);
  });
  it('folds full-width digits, currency signs and spaces', () => {
    expect(wan('１２０００')).toBe(12000);
    expect(wan('￥ 3,000 万元')).toBe(3000);
    expect(wan('２．５亿元')).toBe(25000);
  });
  it('treats blanks and dash placeholders as no amount', () => {
    expect(wan('')).toBe('empty');
    expect(wan('  ')).toBe('empty');
    expect(wan('—')).toBe('empty');
    expect(wan('/')).toBe('empty');
  });
  it('refuses text, misplaced separators and negatives with a code and the cell as typed', () => {
    expect(wan('abc')).toBe('amountNaN: abc');
    expect(wan(' 待定 ')).toBe('amountNaN: 待定');
    expect(wan('1,2')).toBe('amountNaN: 1,2');
    expect(wan('1.2.3')).toBe('amountNaN: 1.2.3');
    expect(wan('-5')).toBe('amountNegative: -5');
    expect(wan('约3000万')).toBe('amountNaN: 约3000万');
  });
  it('refuses amounts that are not finite after scaling, or over 10⁸ 万元, never returning Infinity', () => {
    expect(wan('1e308')).toBe('amountTooLarge: 1e308');
    expect(wan('1e305亿元')).toBe('amountTooLarge: 1e305亿元'); // finite as typed, Infinity × 10⁴
    expect(wan('1e400')).toBe('amountNaN: 1e400'); // Infinity already as typed: not a number someone meant
    expect(wan('100000001')).toBe('amountTooLarge: 100000001');
    expect(wan('15000亿元')).toBe('amountTooLarge: 15000亿元');
    expect(wan('20000', '亿元')).toBe('amountTooLarge: 20000'); // the column's unit counts too
  });
  it('accepts the largest plausible amount exactly at the limit', () => {
    expect(wan('100000000')).toBe(1e8);
    expect(wan('10000亿元')).toBe(1e8);
    expect(wan('1000000000000元')).toBe(1e8);
  });
});
