import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellText, readXlsx } from './xlsx.ts';

const fixture = new Uint8Array(readFileSync(new URL('../../../tests/fixtures/in/xlsx-with-title-row.xlsx', import.meta.url)));

describe('cellText', () => {
  it('turns every exceljs value kind into the text a person sees', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(21559)).toBe('21559');
    expect(cellText(0.1 * 3)).toBe('0.3');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2019, 0, 27)))).toBe('2019-01-27');
    expect(cellText(new Date(Date.UTC(2019, 5, 1, 8, 30)))).toBe('2019-06-01 08:30:00');
    expect(cellText({ richText: [{ text: '四川' }, { text: '九洲' }] })).toBe('四川九洲');
    expect(cellText({ formula: 'A1', result: '涪城区' })).toBe('涪城区');
    expect(cellText({ formula: 'A1' } as never)).toBe('');
    expect(cellText({ text: '安州某公司', hyperlink: 'http://example.invalid' })).toBe('安州某公司');
    expect(cellText({ error: '#N/A' } as never)).toBe('#N/A');
  });
});

describe('readXlsx', () => {
  it('reads a merged caption once, fills a vertical merge down, and lists the sheets', async () => {
    const x = await readXlsx(fixture);
    expect(x.sheetNames).toEqual(['名单', '说明']);
    expect(x.sheet).toBe('名单');
    expect(x.rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['表3 绵阳市绿色工厂名单（2019年）']],
      [2, []],
      [3, ['序号', '企业名称', '所在\n县市区', '认定日期', '投资额（亿元）']],
      [4, ['1', '四川九洲电器集团有限责任公司', '涪城区', '2019-01-27', '2.15']],
      [5, ['2', '四川长虹电器股份有限公司', '游仙区', '2019-06-01 08:30:00', '0.3']],
      [6, ['3', '四川某电子有限公司', '游仙区', '待定']],
      [7, ['4', '安州某公司', '安县', '', '4.3']],
    ]);
  });

  it('picks a sheet by name or index and names the sheets when it is missing', async () => {
    expect((await readXlsx(fixture, '说明')).rows).toEqual([{ line: 1, cells: ['本表由市经信局提供'] }]);
    expect((await readXlsx(fixture, 1)).sheet).toBe('说明');
    await expect(readXlsx(fixture, '汇总')).rejects.toThrow('no worksheet "汇总"; sheets: 名单, 说明');
  });

  it('refuses a damaged zip with one message', async () => {
    await expect(readXlsx(fixture.slice(0, 200))).rejects.toThrow('not a readable .xlsx workbook: the zip container is damaged or holds no spreadsheet');
  });
});
