import { beforeAll, describe, expect, it } from 'vitest';
import { citeRowsMsg, rowRanges } from './cite.ts';
import { loadLang, msgText, translator } from './i18n/index.ts';
import { sourceText } from './present/areaTable.ts';

const zh = translator('zh');
beforeAll(() => loadLang('en'));
const g = { docTitle: '绵府办发〔2019〕5号', table: '表7' };

describe('citeRowsMsg: several printed rows of one table, through the one formatter', () => {
  it('cites runs as ranges, one row as citeMsg does, and a cut list with its total', () => {
    expect(rowRanges([5, 1, 2, 3, 7, 8, 3])).toEqual(['1–3', '5', '7–8']);
    expect(msgText(zh, citeRowsMsg(g, [2, 3, 4, 5], '绿色化'))).toBe('绵府办发〔2019〕5号 绿色化 表7 第2–5行');
    expect(msgText(zh, citeRowsMsg(g, [1], '绿色化'))).toBe('绵府办发〔2019〕5号 绿色化 表7 第1行');
    expect(msgText(zh, citeRowsMsg(g, [3, 8, 12, 20], '绿色化', 2))).toBe('绵府办发〔2019〕5号 绿色化 表7 第3、8…等 4 行');
    expect(msgText(zh, citeRowsMsg(g, [1, 2, 4], '绿色化', Infinity, false))).toBe('绵府办发〔2019〕5号 绿色化 表7 第1、2、4行');
  });
  it('in English, the document, plan and table as printed', () => {
    const en = translator('en');
    expect(msgText(en, citeRowsMsg(g, [2, 3, 4, 5], '绿色化'))).toBe('绵府办发〔2019〕5号 绿色化, Table 7, rows 2–5');
    expect(msgText(en, citeRowsMsg(g, [1], '绿色化'))).toBe('绵府办发〔2019〕5号 绿色化, Table 7, row 1');
    // The map's table: the same formatter, in either language.
    expect(sourceText({ docTitle: g.docTitle, plan: '智能化', table: '表3', rows: [1, 4] })).toBe('绵府办发〔2019〕5号 智能化 表3 第1、4行');
    expect(sourceText({ docTitle: g.docTitle, plan: '智能化', table: '表3', rows: [1, 4] }, Infinity, en)).toBe(
      '绵府办发〔2019〕5号 智能化, Table 3, rows 1, 4',
    );
    expect(sourceText({ docTitle: '绵阳 2024', plan: '', table: '正文', rows: [1, 2] })).toBe('绵阳 2024 正文 第1、2行');
  });
});
