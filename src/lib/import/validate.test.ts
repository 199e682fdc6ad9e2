import { describe, expect, it } from 'vitest';
import { validateRow } from './validate.ts';

const opts = { unit: '万元' as const, hasName: true, hasAmount: true };

describe('validateRow', () => {
  it('accepts a clean row and converts the amount', () => {
    expect(validateRow({ name: '四川九洲电器集团有限责任公司', location: '涪城区', amount: '2.5亿元', category: '电子信息' }, opts)).toEqual({
      investmentWan: 25000,
      problems: [],
    });
  });
  it('puts every problem on the row as one code each, the bad amount quoted as typed', () => {
    expect(validateRow({ name: ' ', location: '', amount: ' abc ', category: '' }, opts)).toEqual({
      problems: [{ code: 'nameEmpty' }, { code: 'locationEmpty' }, { code: 'amountNaN', text: 'abc' }],
    });
    expect(validateRow({ name: '甲', location: '涪城区', amount: '-3', category: '' }, opts).problems).toEqual([{ code: 'amountNegative', text: '-3' }]);
  });
  it('an implausible or infinite amount is a row problem and gives no investment', () => {
    expect(validateRow({ name: '甲', location: '涪城区', amount: '1e308', category: '' }, opts)).toEqual({
      problems: [{ code: 'amountTooLarge', text: '1e308' }],
    });
  });
  it('keeps a good amount when another field has a problem', () => {
    expect(validateRow({ name: '', location: '游仙区', amount: '12,000', category: '' }, opts)).toEqual({
      investmentWan: 12000,
      problems: [{ code: 'nameEmpty' }],
    });
  });
  it('checks no name and no amount when those columns are not mapped', () => {
    expect(validateRow({ name: '', location: '江油市', amount: 'abc', category: '' }, { unit: '万元', hasName: false, hasAmount: false })).toEqual({
      problems: [],
    });
  });
});
