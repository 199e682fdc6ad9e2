import { describe, expect, it } from 'vitest';
import { investmentText } from './format.ts';

describe('investmentText', () => {
  it('shows an amount with its unit when it was read, the print otherwise, nothing when none was printed', () => {
    expect(investmentText({ investmentWan: 13200, investmentPrinted: '13200' })).toBe('1.32 亿元');
    expect(investmentText({ investmentWan: 800, investmentPrinted: '800' })).toBe('800 万元');
    expect(investmentText({ investmentWan: 800, investmentPrinted: '800' }, 'en')).toBe('8 million yuan');
    expect(investmentText({ investmentPrinted: '待定' })).toBe('待定');
    expect(investmentText({})).toBeUndefined();
  });
});
