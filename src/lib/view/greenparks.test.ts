import { describe, expect, it } from 'vitest';
import { greenParkLegend, greenParkSymbol, yearColors } from './greenparks.ts';
import { bubbleLines, greenParkLines } from './tooltip.ts';
import { rec } from './fixtures.ts';

const parks = [
  rec({ list: 'green-park', row: 1, name: '绵阳高新技术产业开发区', kind: 'park', level: '国家级', targetYear: 2020, table: '表3', tableTitle: '绿色园区培育名单' }),
  rec({ list: 'green-park', row: 2, name: '四川绵阳游仙经济开发区', kind: 'park', level: '省级', targetYear: 2020 }),
  rec({ list: 'green-park', row: 3, name: '江油工业园区', kind: 'park', level: '省级', targetYear: 2022 }),
];

describe('green parks', () => {
  it('level sets the shape (filled disc vs ring), year the colour', () => {
    const colors = yearColors(parks);
    expect([...colors]).toEqual([[2020, '#009e73'], [2022, '#0072b2']]);
    expect(greenParkSymbol(parks[0]!, colors)).toEqual({ level: '国家级', year: 2020, color: '#009e73', filled: true, radiusPx: 11, strokePx: 2 });
    expect(greenParkSymbol(parks[2]!, colors)).toEqual({ level: '省级', year: 2022, color: '#0072b2', filled: false, radiusPx: 9, strokePx: 3.5 });
    expect(greenParkSymbol({}, colors).color).toBe('#7f7f7f');
  });
  it('legend rows per level and year, national first, with counts', () => {
    expect(greenParkLegend(parks).map((e) => [e.label, e.count])).toEqual([
      ['国家级 · 2020 年目标', 1], ['省级 · 2020 年目标', 1], ['省级 · 2022 年目标', 1],
    ]);
  });
  it('tooltips carry full name, county, level, year and the source row', () => {
    expect(greenParkLines(parks[0]!, '涪城区')).toEqual([
      '绵阳高新技术产业开发区', '区县：涪城区', '级别：国家级', '目标年份：2020',
      '来源：绵府办发〔2019〕5号（000_4ee7436a9fd2bc04.txt）表3 绿色园区培育名单 第 1 行',
    ]);
    const p = rec({ list: 'smart-factory', row: 1, name: '四川长虹电器股份有限公司', project: '长虹智能电视工厂', investmentWan: 21559, investmentPrinted: '21559', period: '2016-2019' });
    expect(bubbleLines(p, '高新区')).toEqual([
      '长虹智能电视工厂', '企业：四川长虹电器股份有限公司', '投资：21559（2.16 亿元）', '建设期：2016-2019', '位置：高新区',
      '来源：绵府办发〔2019〕5号（000_4ee7436a9fd2bc04.txt）表1 智能工厂 第 1 行',
    ]);
  });
});
