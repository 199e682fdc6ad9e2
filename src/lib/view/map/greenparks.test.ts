import { beforeAll, describe, expect, it } from 'vitest';
import { greenParkLabel, greenParkLegend, greenParkSymbol, yearColors } from './greenparks.ts';
import { areaLines, bubbleLines, greenParkLines } from './tooltip.ts';
import { rec } from '../fixtures.ts';
import { loadLang, translator } from '../../i18n/index.ts';

/** The plan names of data/lists.json: a tooltip cites a row with its plan. */
const planNames = new Map([
  ['green-park', '绿色化'],
  ['smart-factory', '智能化'],
]);
const ZH = { t: translator('zh'), lang: 'zh', planNames } as const;
const EN = { t: translator('en'), lang: 'en', planNames } as const;
beforeAll(() => loadLang('en'));

const parks = [
  rec({
    list: 'green-park',
    row: 1,
    name: '绵阳高新技术产业开发区',
    kind: 'park',
    level: '国家级',
    targetYear: 2020,
    table: '表3',
    tableTitle: '绿色园区培育名单',
  }),
  rec({ list: 'green-park', row: 2, name: '四川绵阳游仙经济开发区', kind: 'park', level: '省级', targetYear: 2020 }),
  rec({ list: 'green-park', row: 3, name: '江油工业园区', kind: 'park', level: '省级', targetYear: 2022 }),
];

describe('green parks', () => {
  it('level sets the shape (filled disc vs ring), year the colour', () => {
    const colors = yearColors(parks);
    expect([...colors]).toEqual([
      [2020, '#009e73'],
      [2022, '#0072b2'],
    ]);
    expect(greenParkSymbol(parks[0]!, colors)).toEqual({ level: '国家级', year: 2020, color: '#009e73', filled: true, radiusPx: 11, strokePx: 2 });
    expect(greenParkSymbol(parks[2]!, colors)).toEqual({ level: '省级', year: 2022, color: '#0072b2', filled: false, radiusPx: 9, strokePx: 3.5 });
    expect(greenParkSymbol({}, colors).color).toBe('#7f7f7f');
  });
  it('legend rows per level and year, national first, with counts', () => {
    expect(greenParkLegend(parks).map((e) => [e.label, e.count])).toEqual([
      ['国家级 · 2020 年目标', 1],
      ['省级 · 2020 年目标', 1],
      ['省级 · 2022 年目标', 1],
    ]);
    expect(greenParkLegend(parks).map((e) => greenParkLabel(e.symbol, ZH.t))).toEqual(['国家级 · 2020 年目标', '省级 · 2020 年目标', '省级 · 2022 年目标']);
  });
  it('legend rows in English keep the printed level with a gloss', () => {
    expect(greenParkLegend(parks).map((e) => greenParkLabel(e.symbol, EN.t))).toEqual([
      '国家级 (national) · target 2020',
      '省级 (provincial) · target 2020',
      '省级 (provincial) · target 2022',
    ]);
    expect(greenParkLabel(greenParkSymbol({}, new Map()), EN.t)).toBe('not given · year not given');
    expect(greenParkLabel(greenParkSymbol({}, new Map()), ZH.t)).toBe('未注明 · 年份未注明');
  });
  it('tooltips carry full name, county, level, year and the source row', () => {
    expect(greenParkLines(parks[0]!, '涪城区', ZH)).toEqual([
      '绵阳高新技术产业开发区',
      '区县：涪城区',
      '级别：国家级',
      '目标年份：2020',
      '来源：绵府办发〔2019〕5号 绿色化 表3 第1行',
    ]);
    const p = rec({
      list: 'smart-factory',
      row: 1,
      name: '四川长虹电器股份有限公司',
      project: '长虹智能电视工厂',
      investmentWan: 21559,
      investmentPrinted: '21559',
      period: '2016-2019',
    });
    expect(bubbleLines(p, '高新区', ZH)).toEqual([
      '长虹智能电视工厂',
      '企业：四川长虹电器股份有限公司',
      '投资：21559（2.16 亿元）',
      '建设期：2016-2019',
      '位置：高新区',
      '来源：绵府办发〔2019〕5号 智能化 表1 第1行',
    ]);
  });
  it('tooltips in English: the words translated, names, document and table as printed', () => {
    expect(greenParkLines(parks[0]!, '涪城区', EN)).toEqual([
      '绵阳高新技术产业开发区',
      'County: 涪城区',
      'Level: 国家级 (national)',
      'Target year: 2020',
      'Source: 绵府办发〔2019〕5号 绿色化, Table 3, row 1',
    ]);
    expect(greenParkLines(rec({ list: 'green-park', row: 4, name: '某园区', kind: 'park', table: '' }), undefined, EN)).toEqual([
      '某园区',
      'County: not placed',
      'Level: not given',
      'Target year: not given',
      'Source: 绵府办发〔2019〕5号 绿色化, item 4 (text line 100)',
    ]);
    const p = rec({
      list: 'smart-factory',
      row: 1,
      name: '四川长虹电器股份有限公司',
      project: '长虹智能电视工厂',
      investmentWan: 21559,
      investmentPrinted: '21559',
      period: '2016-2019',
    });
    expect(bubbleLines(p, '高新区', EN)).toEqual([
      '长虹智能电视工厂',
      'Enterprise: 四川长虹电器股份有限公司',
      'Investment: 21559 (216 million yuan)',
      'Construction period: 2016-2019',
      'Located at: 高新区',
      'Source: 绵府办发〔2019〕5号 智能化, Table 1, row 1',
    ]);
    expect(bubbleLines({ ...p, investmentWan: undefined, investmentPrinted: undefined, period: undefined }, '高新区', EN).slice(2, 4)).toEqual([
      'Investment: not given',
      'Construction period: not given',
    ]);
  });
  it("area tooltips: name (with pinyin in English), count in the view's unit, known investment", () => {
    const a = { name: '涪城区', kind: 'county' as const, count: 9, investmentWan: 188064 };
    expect(areaLines(a, false, ZH)).toEqual(['涪城区', '9 项入选', '已知投资合计：18.81 亿元']);
    expect(areaLines(a, true, ZH)).toEqual(['涪城区', '9 家企业', '已知投资合计：18.81 亿元']);
    expect(areaLines(a, false, EN, 'Fúchéngqū')).toEqual(['涪城区 (Fúchéngqū)', '9 designation(s)', 'Known investment in total: 1.88 billion yuan']);
    expect(areaLines({ name: '高新区', kind: 'park', count: undefined }, true, EN)).toEqual(['高新区 (park)', 'No data']);
    expect(areaLines({ name: '高新区', kind: 'park', count: 0 }, true, ZH)).toEqual(['高新区（园区）', '0 家企业']);
  });
});
