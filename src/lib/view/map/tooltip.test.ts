import { beforeAll, describe, expect, it } from 'vitest';
import { placeTotalLines } from './tooltip.ts';
import { aggregateBubbles } from './bubbleTotals.ts';
import { loadLang, translator } from '../../i18n/index.ts';

const ZH = { t: translator('zh'), lang: 'zh' } as const;
const EN = { t: translator('en'), lang: 'en' } as const;
beforeAll(() => loadLang('en'));

const SANTAI: [number, number] = [104.99778, 31.17079];
const row = (id: string, investmentWan: number, source: string) => ({ id, place: '三台县', anchor: SANTAI, investmentWan, source });

describe('tooltip of a per-place total', () => {
  const one = aggregateBubbles([row('import-1:1', 12000, '三台项目.csv'), row('import-1:2', 3000, '三台项目.csv')]).totals[0]!;
  const mixed = aggregateBubbles([
    row('import-1:1', 12000, '三台项目.csv'),
    row('import-1:2', 3000, '三台项目.csv'),
    row('smart-factory:9', 8000, '绵府办发〔2019〕5号'),
  ]).totals[0]!;

  it('names the place, the number of projects, the total and the file it sums', () => {
    expect(placeTotalLines(one, ZH)).toEqual(['三台县：按地点合计', '2 个项目', '投资合计：1.5 亿元', '来源：三台项目.csv，共 2 行之和']);
    expect(placeTotalLines(one, EN)).toEqual([
      '三台县: total for the place',
      '2 project(s)',
      'Total investment: 150 million yuan',
      'Source: 三台项目.csv; the sum of 2 row(s)',
    ]);
  });

  it('with several sources, each with its rows, most rows first', () => {
    expect(placeTotalLines(mixed, ZH)[3]).toBe('来源：三台项目.csv 2 行、绵府办发〔2019〕5号 1 行，共 3 行之和');
    expect(placeTotalLines(mixed, EN)[3]).toBe('Source: 三台项目.csv (2 row(s)), 绵府办发〔2019〕5号 (1 row(s)); the sum of 3 row(s)');
    expect(placeTotalLines(mixed, ZH)[2]).toBe('投资合计：2.3 亿元');
  });
});
