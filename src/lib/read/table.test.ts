import { describe, expect, it } from 'vitest';
import type { ReadError } from './errors.ts';
import { buildTable, detectHeaderRow, type RawRow } from './table.ts';

const base = { format: 'csv' as const, encoding: 'utf-8', sourceUnit: 'line' as const };
const raw = (rows: string[][]): RawRow[] => rows.map((cells, i) => ({ line: i + 1, cells }));

describe('detectHeaderRow', () => {
  const data = [
    ['1', '四川长虹', '涪城区', '电子'],
    ['2', '九洲', '游仙区', '电子'],
    ['3', '攀长特', '江油市', '冶金'],
  ];
  it('skips a caption, a merged caption repeated across cells, a "填报单位" line and blank rows', () => {
    expect(
      detectHeaderRow([['附件1'], ['绵阳市名单', '绵阳市名单', '绵阳市名单', '绵阳市名单'], ['', '', ''], ['序号', '企业名称', '属地', '行业'], ...data]),
    ).toBe(3);
    expect(detectHeaderRow([['填报单位：市经信局', '', '', '日期：2019年1月'], ['序号', '企业名称', '属地', '行业'], ...data])).toBe(1);
  });

  it('takes the first row when it already is the header, and numeric year headers still count as a header', () => {
    expect(detectHeaderRow([['序号', '企业名称', '属地', '行业'], ...data])).toBe(0);
    expect(
      detectHeaderRow([
        ['指标', '单位', '2019', '2020'],
        ['智能工厂', '个', '10', '20'],
      ]),
    ).toBe(0);
  });

  it('falls back to the first non-blank row for single-column lists', () => {
    expect(detectHeaderRow([[''], ['属地'], ['涪城区'], ['游仙区']])).toBe(1);
  });
});

describe('buildTable', () => {
  it('pads and flags short rows, keeps and flags long rows, flags empty rows, counts trailing blanks', () => {
    const t = buildTable(
      raw([['名单'], ['a', 'b', 'c'], ['1', '2', '3'], ['4'], ['5', '6', '7', '8'], [''], ['', '', ''], ['9', '10', '11'], [''], ['']]),
      base,
      { flagShort: true },
    );
    expect(t.headers).toEqual(['a', 'b', 'c']);
    expect(t.skippedTitleRows).toBe(1);
    expect(t.titleRows).toEqual(['名单']);
    expect(t.trailingBlankRows).toBe(2);
    expect(t.rows).toEqual([
      { index: 1, sourceLine: 3, cells: ['1', '2', '3'] },
      { index: 2, sourceLine: 4, cells: ['4', '', ''], problems: [{ key: 'read.short', params: { n: 1, width: 3 } }] },
      { index: 3, sourceLine: 5, cells: ['5', '6', '7', '8'], problems: [{ key: 'read.long', params: { n: 4, width: 3 } }] },
      { index: 4, sourceLine: 6, cells: ['', '', ''], problems: [{ key: 'read.empty' }] },
      { index: 5, sourceLine: 7, cells: ['', '', ''], problems: [{ key: 'read.empty' }] },
      { index: 6, sourceLine: 8, cells: ['9', '10', '11'] },
    ]);
  });

  it('pads without flagging when short rows are normal (XLSX rows end at their last filled cell)', () => {
    const t = buildTable(raw([['a', 'b', 'c'], ['1']]), base, { flagShort: false });
    expect(t.rows).toEqual([{ index: 1, sourceLine: 2, cells: ['1', '', ''] }]);
  });

  it('refuses an all-blank grid', () => {
    expect(() => buildTable(raw([[''], ['', '']]), base, { flagShort: true })).toThrow('no data: every row of the file is blank');
  });
});

describe('buildTable column limit', () => {
  const header = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? '属地' : `列${i}`));
  it('refuses a header wider than 500 columns with the count and the limit', () => {
    expect(() => buildTable(raw([header(20_000), ['涪城区']]), base, { flagShort: false })).toThrow(
      '20000 columns in the header, the limit is 500: keep only the columns you need',
    );
    try {
      buildTable(raw([header(501), ['涪城区']]), base, { flagShort: false });
    } catch (e) {
      expect((e as ReadError).msg).toEqual({ key: 'import.read.tooWide', params: { n: 501, max: 500 } });
    }
    expect.assertions(2);
  });
  it('accepts exactly 500', () => {
    expect(buildTable(raw([header(500), ['涪城区']]), base, { flagShort: false }).headers).toHaveLength(500);
  });
});
