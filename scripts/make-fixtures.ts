// Writes the hostile input fixtures in tests/fixtures/in (committed; rerun only to change them):
//   npx tsx scripts/make-fixtures.ts
// Each file is named after the problem it catches. Node-only; GBK needs the system's iconv.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/in');
mkdirSync(DIR, { recursive: true });
const put = (name: string, data: string | Uint8Array) => writeFileSync(join(DIR, name), data);
const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

// What Chinese Excel saves as "CSV": GBK, CRLF, a caption and a blank row above the header.
const gbk = crlf([
  '附件2,,,',
  '绵阳市2019年智能制造示范企业名单,,,',
  ',,,',
  '序号,企业名称,属地,行业',
  '1,四川九洲电器集团有限责任公司,涪城区,电子信息',
  '2,四川长虹电器股份有限公司,高新区,电子信息',
  '3,攀钢集团江油长城特殊钢有限公司,江油市,冶金',
  '4,北川羌族自治县禹珍食品有限公司,北川,食品',
  '5,四川省盐亭县某纺织有限公司,盐亭县,纺织',
  '6,绵阳某科技有限公司,仙海区,软件',
]);
put('gbk-with-title-row.csv', execFileSync('iconv', ['-f', 'utf-8', '-t', 'gb18030'], { input: gbk }));

// BOM right before the location header: a reader that keeps the BOM sees "\uFEFF属地" and finds no column.
put(
  'utf8-bom.csv',
  '\uFEFF' +
    crlf([
      '属地,企业名称,投资额（万元）',
      '安县,四川安州某机械有限公司,1200',
      '三台县,四川三台某食品有限公司,800.5',
      '梓潼,梓潼某药业有限公司,300',
      '平武县,平武某生态农业有限公司,0',
      '绵阳科创园区,绵阳某信息技术有限公司,2500',
    ]),
);

// Excel "text (tab delimited)": commas inside cells must not split them.
put(
  'tabs.tsv',
  [
    '序号\t单位名称\t所在地\t备注',
    '1\t四川长虹电子控股集团有限公司\t四川省绵阳市涪城区, 高新区\t含子公司, 分公司',
    '2\t四川九洲投资控股集团有限公司\t游仙区\t',
    '3\t中国工程物理研究院\t绵阳\t单位地址在科学城',
  ].join('\n') + '\n',
);

// European-style export: ; delimiter, decimal commas.
put(
  'semicolons.csv',
  [
    '企业名称;地址;占地（亩）',
    '四川某新材料有限公司;江油市工业园区;12,5',
    '绵阳某电子有限公司;涪城区石塘街道;3,75',
    '四川某环保科技有限公司;安州区花荄镇;100',
  ].join('\n') + '\n',
);

// Newlines and quotes inside quoted cells: one record spans lines; sourceLine must be the line it starts on.
put(
  'quoted-newlines.csv',
  [
    '序号,企业名称,属地,简介',
    '1,"四川九洲电器集团',
    '有限责任公司",涪城区,"军民融合，""九洲""品牌"',
    '2,四川长虹电器股份有限公司,"高新区',
    '（涪城区）","多行',
    '简介',
    '第三行"',
    '3,四川某公司,三台县,无',
  ].join('\n') + '\n',
);

// Ragged rows, a blank line, a row of only delimiters, and trailing blank lines: every data row still counts.
put(
  'short-and-long-rows.csv',
  [
    '序号,企业名称,属地,行业',
    '1,四川长虹电器股份有限公司,涪城区,电子信息',
    '2,绵阳某公司',
    '3,四川某公司,游仙区,机械,多出来的单元格,另一个',
    '',
    ',,,',
    '4,江油某公司,江油市,冶金',
    '',
    '',
  ].join('\n'),
);

// Cells that a spreadsheet would execute, next to a plain negative number that is data.
put(
  'formula-cells.csv',
  crlf([
    '企业名称,属地,增长率（%）,联系电话,备注',
    '"=HYPERLINK(""http://example.invalid"",""点我"")",涪城区,-12.5,+86 816 2345678,@SUM(A1:A9)',
    '四川某公司,"=1+2",+3,-2+3+cmd|\' /C calc\'!A0,"\tTAB开头"',
    '绵阳某公司,游仙区,-0.5,"\r回车开头","\nLF开头"',
  ]),
);

// One stray quote swallows the rest of the file into a cell: that row is flagged, not silently merged.
put('unterminated-quote.csv', ['企业名称,属地', '四川长虹电器股份有限公司,涪城区', '"四川九洲电器集团,游仙区', '绵阳某公司,江油市'].join('\n') + '\n');

put(
  'json-array.json',
  JSON.stringify(
    [
      { 企业名称: '四川九洲电器集团有限责任公司', 属地: '涪城区', 投资额: 21559 },
      { 企业名称: '四川长虹电器股份有限公司', 属地: '高新区', 重点: true, 备注: null },
      { 属地: '江油市', 企业名称: '攀长特', 联系人: { 姓名: '张三' } },
      '这不是对象',
      {},
    ],
    null,
    2,
  ) + '\n',
);

put('bad-json.json', '[\n  {"企业名称": "四川长虹", "属地": "涪城区"},\n  {"企业名称": "九洲", "属地": "涪城区",}\n]\n');
put('json-not-array.json', '{"rows": [{"属地": "涪城区"}]}\n');
put('empty.csv', '');
put('whitespace-only.csv', '\r\n   \r\n\t\r\n');
// A PNG header: NUL bytes and control characters, whatever its extension says.
put('binary.bin', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));

/** A CFB (OLE2) header sector followed by a directory entry name, as Office writes for encrypted or .xls files. */
function cfb(streamName: string): Uint8Array {
  const b = new Uint8Array(1024);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  b.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  Array.from(streamName).forEach((c, i) => b.set([c.charCodeAt(0), 0], 512 + 2 * i));
  return b;
}
put('encrypted.xlsx', cfb('EncryptionInfo'));
put('legacy.xls', cfb('Workbook'));
// Excel "Unicode text": UTF-16LE with BOM, tab-delimited.
{
  const text = '企业名称\t县市区\r\n四川某公司\t梓潼县\r\n绵阳某公司\t北川羌族自治县\r\n';
  const b = new Uint8Array(2 + text.length * 2);
  b.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) b.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
  put('utf16le-unicode-text.txt', b);
}
put('no-location-column.csv', crlf(['序号,企业名称,行业', '1,四川长虹电器股份有限公司,电子信息']));

// A workbook as offices send them: merged caption, blank row, a header with a line break, rich text, a formula
// result, a date, a 属地 cell merged down over two enterprises, and a second sheet.
async function xlsx(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.getCell('A1').value = '表3 绵阳市绿色工厂名单（2019年）';
  ws.mergeCells('A1:E1');
  ws.getRow(3).values = ['序号', '企业名称', '所在\n县市区', '认定日期', '投资额（亿元）'];
  ws.getRow(4).values = [
    1,
    { richText: [{ text: '四川' }, { text: '九洲', font: { bold: true } }, { text: '电器集团有限责任公司' }] },
    '涪城区',
    new Date(Date.UTC(2019, 0, 27)),
    2.15,
  ];
  ws.getRow(5).values = [2, '四川长虹电器股份有限公司', '游仙区', new Date(Date.UTC(2019, 5, 1, 8, 30)), { formula: '0.1*3', result: 0.30000000000000004 }];
  ws.getRow(6).values = [3, '四川某电子有限公司', null, '待定', null];
  ws.mergeCells('C5:C6');
  ws.getRow(7).values = [4, { text: '安州某公司', hyperlink: 'http://example.invalid' }, '安县', null, { formula: 'E4*2', result: 4.3 }];
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = '本表由市经信局提供';
  put('xlsx-with-title-row.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
}
await xlsx();
console.log(`fixtures written to ${DIR}`);
