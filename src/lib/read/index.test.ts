import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from './index.ts';

const load = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/in/${name}`, import.meta.url)));
const read = (name: string) => readTable(load(name), name);

describe('readTable', () => {
  it('GBK CSV with a caption and a blank row above the header', async () => {
    const t = await read('gbk-with-title-row.csv');
    expect(t).toMatchObject({ format: 'csv', encoding: 'gb18030', delimiter: ',', skippedTitleRows: 3, trailingBlankRows: 1, sourceUnit: 'line' });
    expect(t.titleRows).toEqual(['附件2', '绵阳市2019年智能制造示范企业名单']);
    expect(t.headers).toEqual(['序号', '企业名称', '属地', '行业']);
    expect(t.rows[3]).toEqual({ index: 4, sourceLine: 8, cells: ['4', '北川羌族自治县禹珍食品有限公司', '北川', '食品'] });
    expect(t.rows).toHaveLength(6);
  });

  it('strips the BOM so the first header is exactly 属地', async () => {
    const t = await read('utf8-bom.csv');
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.headers[0]).toBe('属地');
  });

  it('tabs, semicolons, UTF-16 Excel text', async () => {
    expect((await read('tabs.tsv')).rows[0]!.cells[2]).toBe('四川省绵阳市涪城区, 高新区');
    const s = await read('semicolons.csv');
    expect([s.delimiter, s.rows[0]!.cells]).toEqual([';', ['四川某新材料有限公司', '江油市工业园区', '12,5']]);
    const u = await read('utf16le-unicode-text.txt');
    expect([u.encoding, u.delimiter, u.headers, u.rows.length]).toEqual(['utf-16le', '\t', ['企业名称', '县市区'], 2]);
  });

  it('quoted newlines stay in their cell and sourceLine is where the record starts', async () => {
    const t = await read('quoted-newlines.csv');
    expect(t.rows.map((r) => [r.index, r.sourceLine, r.cells[2]])).toEqual([
      [1, 2, '涪城区'],
      [2, 4, '高新区\n（涪城区）'],
      [3, 8, '三台县'],
    ]);
  });

  it('XLSX: merged caption and blank row skipped, header with a line break', async () => {
    const t = await read('xlsx-with-title-row.xlsx');
    expect(t).toMatchObject({ format: 'xlsx', encoding: 'xlsx', sheet: '名单', sheetNames: ['名单', '说明'], skippedTitleRows: 2, sourceUnit: 'row' });
    expect(t.titleRows).toEqual(['表3 绵阳市绿色工厂名单（2019年）']);
    expect(t.rows.map((r) => r.sourceLine)).toEqual([4, 5, 6, 7]);
    expect(t.rows[2]!.cells).toEqual(['3', '四川某电子有限公司', '游仙区', '待定', '']);
  });

  it('JSON keeps every element, an empty object included', async () => {
    const t = await read('json-array.json');
    expect(t.headers).toEqual(['企业名称', '属地', '投资额', '重点', '备注', '联系人']);
    expect(t.rows.map((r) => r.problems)).toEqual([
      undefined,
      undefined,
      undefined,
      [{ key: 'read.notObject', params: { kind: { key: 'read.kind.string' } } }],
      [{ key: 'read.empty' }],
    ]);
  });

  it('a text file named .xls is read as text (many systems export TSV as .xls)', async () => {
    const t = await readTable(new TextEncoder().encode('企业名称\t属地\n长虹\t涪城区\n'), '导出.xls');
    expect([t.format, t.delimiter, t.rows[0]!.cells]).toEqual(['csv', '\t', ['长虹', '涪城区']]);
  });

  it('a header with no data rows is a table with no rows, not an error', async () => {
    const t = await readTable(new TextEncoder().encode('企业名称,属地\r\n'), 'x.csv');
    expect([t.headers, t.rows, t.trailingBlankRows]).toEqual([['企业名称', '属地'], [], 1]);
  });

  it.each([
    ['empty.csv', 'empty', 'the file is empty (0 bytes)'],
    ['whitespace-only.csv', 'empty', 'no data: the file holds only whitespace'],
    ['binary.bin', 'binary', 'not a text table: the file contains NUL bytes (a binary file?)'],
    ['encrypted.xlsx', 'encrypted', 'the workbook is password-protected (encrypted): open it in Excel, remove the password and save it again as .xlsx'],
    ['legacy.xls', 'xls', 'legacy Excel 97–2003 (.xls) workbooks are not supported: save it as .xlsx or CSV (UTF-8)'],
    ['bad-json.json', 'bad-json', 'malformed JSON at line 3, column 30'],
    ['json-not-array.json', 'json-shape', "JSON must be an array of objects (one per row); this file's top level is an object"],
  ])('%s → ReadError %s', async (name, code, message) => {
    await expect(read(name)).rejects.toMatchObject({ name: 'ReadError', code, message });
  });

  it('does not mutate the input bytes', async () => {
    for (const name of ['gbk-with-title-row.csv', 'xlsx-with-title-row.xlsx', 'json-array.json']) {
      const bytes = load(name);
      const copy = bytes.slice();
      await readTable(bytes, name);
      expect(bytes).toEqual(copy);
    }
  });
});
