import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../classify/index.ts';
import { loadLang, translator } from '../i18n/index.ts';
import { countingRule, asOfText } from '../view/lists.ts';
import { exportText, sourceLine, wrapText } from './exportText.ts';

const zh = translator('zh');
const en = translator('en');
beforeAll(() => loadLang('en'));

const PLAN = '000_4ee7436a9fd2bc04.txt';
const lists = [
  { doc: PLAN, planName: '智能化', table: '表3', asOf: '2019-01-27' },
  { doc: PLAN, planName: '绿色化', table: '表5', asOf: '2019-01-27' },
  { doc: PLAN, planName: '绿色化', table: '表5', asOf: '2019-01-27' },
  { doc: '002_75f2f214c765ca84.txt', planName: '2024年新型工业化报道', table: '', asOf: '2024-01' },
];

describe('PNG export text', () => {
  it('the source line names each document once and each table once, in order', () => {
    expect(sourceLine(lists, zh)).toBe('来源：绵府办发〔2019〕5号 智能化 表3、绿色化 表5；2024年绵阳新型工业化报道 2024年新型工业化报道');
    expect(sourceLine(lists, en)).toBe(
      "Source: 绵府办发〔2019〕5号 智能化 表3, 绿色化 表5; 2024 article on Mianyang's new industrialisation 2024年新型工业化报道",
    );
    // An imported list cites its own file, not the 2019 plans.
    expect(sourceLine([{ doc: '我的名单.xlsx', planName: '我的名单', table: 'Sheet1' }], en)).toBe('Source: 我的名单.xlsx 我的名单 Sheet1');
  });

  it('composes title, legend rows, rule and foot in the UI language; data stays as printed', () => {
    const classification = classify([12, 30, 7, 3, 0, 48, 19, 1, undefined], { k: 4 });
    const input = (t: typeof zh) => ({
      title: t('map.title.all', { n: 18 }),
      rule: countingRule({ distinct: false, by: 'county' }, t),
      asOf: asOfText(lists.slice(0, 1), t),
      lists: lists.slice(0, 2),
      classification,
      date: '2025-03-01',
    });
    const z = exportText(input(zh), zh);
    expect(z.title).toBe('全部名单（18 份）');
    expect(z.legendTitle).toBe('图例');
    expect(z.rows.map((r) => r.text)).toEqual([
      '1–4（2 个区域）',
      '5–9（1 个区域）',
      '10–24（2 个区域）',
      '25–48（2 个区域）',
      '0（1 个区域）',
      '无数据（1 个区域）',
    ]);
    expect(z.rule).toBe('按入选次数计数（同一企业入选多份名单计多次）；园区并入所在区县。分级：取整自然断点，断点 1 | 5 | 10 | 25');
    expect(z.foot).toBe('来源：绵府办发〔2019〕5号 智能化 表3、绿色化 表5　名单日期：2019-01-27　导出：2025-03-01');

    const e = exportText(input(en), en);
    expect(e.title).toBe('All lists (18)');
    expect(e.legendTitle).toBe('Legend');
    expect(e.rows.map((r) => r.text)).toEqual([
      '1–4 (2 area(s))',
      '5–9 (1 area(s))',
      '10–24 (2 area(s))',
      '25–48 (2 area(s))',
      '0 (1 area(s))',
      'No data (1 area(s))',
    ]);
    expect(e.rows.map((r) => r.color)).toEqual(z.rows.map((r) => r.color));
    expect(e.rule).toBe(
      'Counting designations (an enterprise on several lists counts once per list); parks counted in their county. Classes: Rounded natural breaks; lower bounds 1 | 5 | 10 | 25',
    );
    expect(e.source).toBe('Source: 绵府办发〔2019〕5号 智能化 表3, 绿色化 表5');
    expect(e.foot).toBe('Source: 绵府办发〔2019〕5号 智能化 表3, 绿色化 表5   Lists dated 2019-01-27   Exported 2025-03-01');
    expect(e.description).toBe(
      'Counting designations (an enterprise on several lists counts once per list); parks counted in their county; Lists dated 2019-01-27',
    );
  });

  it('without a classification the rule stands alone and the legend is empty', () => {
    const e = exportText({ title: 't', rule: 'r', asOf: 'a', lists: [], classification: null, date: 'd' }, en);
    expect([e.rows, e.rule, e.source]).toEqual([[], 'r', 'Source: ']);
  });
});

describe('wrapText', () => {
  // One unit per character: widths are easy to reason about.
  const measure = (s: string) => [...s].length;

  it('breaks English between words and Chinese between characters', () => {
    expect(wrapText('Counting designations per county', 12, measure)).toEqual(['Counting', 'designations', 'per county']);
    expect(wrapText('按入选次数计数；园区并入所在区县', 6, measure)).toEqual(['按入选次数计', '数；园区并入', '所在区县']);
    // Digits are a word: 2019 is not split across lines.
    expect(wrapText('来源：绵府办发〔2019〕5号 表3', 8, measure)).toEqual(['来源：绵府办发〔', '2019〕5号', '表3']);
  });

  it('cuts a word longer than the line by character and drops spaces at line ends', () => {
    expect(wrapText('a verylongwordindeed b', 6, measure)).toEqual(['a', 'verylo', 'ngword', 'indeed', 'b']);
    expect(wrapText('  ', 5, measure)).toEqual([]);
    expect(wrapText('', 5, measure)).toEqual([]);
  });
});
