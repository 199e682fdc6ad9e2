import { beforeAll, describe, expect, it } from 'vitest';
import { joinMsgs, loadLang, translator, type Msg } from '../i18n/index.ts';
import { fixResult } from './fix.ts';
import { geoNoteText, placeText, problemBody, problemsText, problemText, reportGeoNote, rowLabel } from './messages.ts';
import type { RowProblem } from './types.ts';

const zh = translator('zh');
const en = translator('en');
beforeAll(() => loadLang('en'));

describe('rowLabel', () => {
  it('says 行 for lines and rows, 项 for JSON elements', () => {
    expect(rowLabel(zh, 12, 'line')).toBe('第 12 行');
    expect(rowLabel(zh, 7, 'row')).toBe('第 7 行');
    expect(rowLabel(zh, 3, 'element')).toBe('第 3 项');
  });
  it('says Line, Row and Item in English', () => {
    expect(rowLabel(en, 12, 'line')).toBe('Line 12');
    expect(rowLabel(en, 7, 'row')).toBe('Row 7');
    expect(rowLabel(en, 3, 'element')).toBe('Item 3');
  });
});

describe('reader problems', () => {
  const reader = (...msgs: Msg[]): RowProblem => ({ code: 'reader', msg: joinMsgs(msgs) });
  it('words the reader messages in Chinese', () => {
    expect(problemBody(zh, reader({ key: 'read.short', params: { n: 2, width: 4 } }))).toBe('缺少单元格（只有 2 个，表头有 4 列）');
    expect(problemBody(zh, reader({ key: 'read.quote' }, { key: 'read.long', params: { n: 5, width: 4 } }))).toBe(
      '引号未闭合：此行按无引号方式读取；单元格过多（5 个，表头只有 4 列）',
    );
    expect(problemBody(zh, reader({ key: 'read.notObject', params: { kind: { key: 'read.kind.array' } } }))).toBe('不是对象，而是数组');
    expect(problemBody(zh, reader({ key: 'read.empty' }))).toBe('空行');
  });
  it('words them in English, joined with "; "', () => {
    expect(problemBody(en, reader({ key: 'read.short', params: { n: 2, width: 4 } }))).toBe('short row: 2 of 4 cells');
    expect(problemBody(en, reader({ key: 'read.quoteRest' }, { key: 'read.long', params: { n: 5, width: 4 } }))).toBe(
      'unterminated quoted field: the rest of the file ran into this row; long row: 5 cells for 4 columns',
    );
    expect(problemBody(en, reader({ key: 'read.notObject', params: { kind: { key: 'read.kind.string' } } }))).toBe('a string, not an object');
  });
  it('shows a reader line stored before problems had keys as it was written', () => {
    expect(problemBody(zh, { code: 'reader', text: 'empty row' })).toBe('empty row');
  });
});

describe('problemText', () => {
  it('puts the row label first, the cell quoted as typed', () => {
    expect(problemText(zh, { code: 'amountNaN', text: '约3000万' }, 3, 'line')).toBe('第 3 行：金额 "约3000万" 不是数字');
    expect(problemText(en, { code: 'amountNaN', text: '约3000万' }, 3, 'line')).toBe('Line 3: amount "约3000万" is not a number');
    expect(problemText(en, { code: 'amountNegative', text: '-3' }, 6, 'row')).toBe('Row 6: amount "-3" is negative');
    expect(problemText(zh, { code: 'amountTooLarge', text: '1e308' }, 4, 'line')).toBe(
      '第 4 行：金额 "1e308" 超过 100,000,000 万元（1 万亿元），不是可信的投资额（单位填错了？）',
    );
    expect(problemText(en, { code: 'amountTooLarge', text: '1e308' }, 4, 'line')).toBe(
      'Line 4: amount "1e308" is over 100,000,000 万元 (1 trillion yuan): not a plausible investment (wrong unit?)',
    );
    expect(problemText(en, { code: 'nameEmpty' }, 2, 'line')).toBe('Line 2: the name is empty');
    expect(problemText(zh, { code: 'locationEmpty' }, 2, 'element')).toBe('第 2 项：所在地为空');
    expect(problemText(en, { code: 'reader', msg: { key: 'read.empty' } }, 9, 'line')).toBe('Line 9: empty row');
    expect(problemText(zh, { code: 'reader', msg: { key: 'read.empty' } }, 9, 'line')).toBe('第 9 行：空行');
  });
  it('shows a message stored as a sentence (lists imported before codes) as it is, in either language', () => {
    expect(problemText(en, '第 3 行：金额 "abc" 不是数字', 3, 'line')).toBe('第 3 行：金额 "abc" 不是数字');
  });
  it("problemBody has no label; problemsText joins a row's problems like the reader's parts", () => {
    expect(problemBody(en, { code: 'amountNaN', text: 'abc' })).toBe('amount "abc" is not a number');
    const row = { sourceLine: 4, problems: [{ code: 'nameEmpty' as const }, { code: 'amountNaN' as const, text: 'abc' }] };
    expect(problemsText(zh, row, 'line')).toBe('第 4 行：名称为空；第 4 行：金额 "abc" 不是数字');
    expect(problemsText(en, row, 'line')).toBe('Line 4: the name is empty; Line 4: amount "abc" is not a number');
    expect(problemsText(en, { sourceLine: 5, problems: [] }, 'line')).toBe('');
  });
});

describe('places and fix notes', () => {
  it("placeText keeps the place names as printed around the UI's brackets", () => {
    expect(placeText(zh, { park: '经开区', county: '涪城区' })).toBe('经开区（涪城区）');
    expect(placeText(en, { park: '经开区', county: '涪城区' })).toBe('经开区 (涪城区)');
    expect(placeText(en, { county: '游仙区' })).toBe('游仙区');
  });
  it("a user fix and the geocoder's notes are messages, said in the UI's language", () => {
    const fixed = fixResult({ countyCode: '510703', county: '涪城区', park: '经开区' });
    expect(geoNoteText(zh, fixed)).toBe('用户指定：经开区（涪城区）');
    expect(geoNoteText(en, fixed)).toBe('set by the user: 经开区 (涪城区)');
    const city = { status: 'unresolved' as const, confidence: { rule: 'city-only', score: 0 }, note: { key: 'geo.cityOnly' as const } };
    expect(geoNoteText(en, city)).toBe('names only the city (绵阳市), not a county or park');
    expect(geoNoteText(zh, city)).toBe('只写了绵阳市，没有区县或园区');
  });
  it('a note stored as a sentence (lists imported before notes had keys) is shown as it is', () => {
    const old = { status: 'unresolved' as const, confidence: { rule: 'none', score: 0 }, note: 'no Mianyang place name found' as unknown as Msg };
    expect(geoNoteText(zh, old)).toBe('no Mianyang place name found');
  });
  it('an empty location is reported once: the geocoder\'s "empty" is not repeated beside 所在地为空', () => {
    const geo = { status: 'rejected' as const, confidence: { rule: 'rejected', score: 0 }, note: { key: 'geo.empty' as const } };
    expect(reportGeoNote(zh, { geo, problems: [{ code: 'locationEmpty' }] })).toBeUndefined();
    expect(reportGeoNote(zh, { geo, problems: [] })).toBe('所在地为空');
    const outside = {
      status: 'unresolved' as const,
      confidence: { rule: 'outside', score: 0 },
      note: { key: 'geo.outside' as const, params: { places: '北京市、朝阳区' } },
    };
    expect(reportGeoNote(zh, { geo: outside, problems: [] })).toBe('在绵阳市以外：北京市、朝阳区');
    expect(reportGeoNote(en, { geo: outside, problems: [] })).toBe('outside Mianyang: 北京市、朝阳区');
  });
});
