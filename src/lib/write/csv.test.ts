import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, quoteField, toCsv } from './csv.ts';

describe('neutraliseFormula', () => {
  it('prefixes every OWASP formula trigger, including LF and NUL that PapaParse misses', () => {
    const cells = ['=1+2', '+86 816 2345678', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '\t制表', '\r回车', '\n换行', '\0空'];
    expect(cells.map(neutraliseFormula)).toEqual(cells.map((c) => `'${c}`));
  });

  it('leaves plain numbers alone, however signed: -12.5 is data, not a formula', () => {
    expect(['-12.5', '+3', '-0.5', '-1.2e5', '-.5', '12', '-'].map(neutraliseFormula)).toEqual(['-12.5', '+3', '-0.5', '-1.2e5', '-.5', '12', "'-"]);
  });

  it('leaves text that merely contains a trigger later', () => {
    expect(['涪城区', 'a=b', "'已是文本", ''].map(neutraliseFormula)).toEqual(['涪城区', 'a=b', "'已是文本", '']);
  });
});

describe('toCsv', () => {
  it('writes BOM, RFC 4180 quoting and CRLF', () => {
    const csv = toCsv(
      ['名称', '备注'],
      [
        ['四川"九洲"', '甲,乙'],
        ['多\n行', '=1+2'],
      ],
    );
    expect(csv).toBe('\uFEFF名称,备注\r\n"四川""九洲""","甲,乙"\r\n"多\n行",\'=1+2\r\n');
  });

  it('round-trips through a CSV parser cell for cell (apart from the apostrophe)', () => {
    const rows = [
      ['a\r\nb', '"', ',', ' 空格 '],
      ['', '涪城区', '-3', 'x"y'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(['1', '2', '3', '4'], rows).slice(1), { skipEmptyLines: true }).data;
    expect(parsed.slice(1)).toEqual(rows);
  });

  it('quoteField quotes only what needs it', () => {
    expect([quoteField('abc'), quoteField('a,b'), quoteField('a\rb'), quoteField('a;b')]).toEqual(['abc', '"a,b"', '"a\rb"', 'a;b']);
  });
});
