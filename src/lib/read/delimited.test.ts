import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from './delimited.ts';

describe('detectDelimiter', () => {
  it('picks the delimiter that gives the most rows one width, ignoring a caption row', () => {
    expect(detectDelimiter('名单\n序号,名称,属地\n1,甲,涪城区\n2,乙,游仙区\n')).toBe(',');
    expect(detectDelimiter('名称;属地;面积\n甲;江油市;12,5\n乙;涪城区;3,75\n')).toBe(';');
    expect(detectDelimiter('名称\t属地\n甲, 乙\t涪城区\n')).toBe('\t');
    expect(detectDelimiter('名称|属地\n甲|涪城区\n')).toBe('|');
  });

  it('breaks ties by extension: tab for .tsv, comma otherwise', () => {
    expect(detectDelimiter('属地\n涪城区\n', 'a.tsv')).toBe('\t');
    expect(detectDelimiter('属地\n涪城区\n', 'a.csv')).toBe(',');
  });
});

describe('parseDelimited', () => {
  it('gives each row the line it starts on, with quoted newlines kept inside the cell', () => {
    const { rows } = parseDelimited('a,b\n1,"x\ny"\r\n2,z\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 4, cells: ['2', 'z'] },
      { line: 5, cells: [''] },
    ]);
  });

  it('counts lines in old-Mac CR-only files', () => {
    expect(parseDelimited('a,b\r1,2\r3,4').rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('re-reads the line of a stray opening quote without quoting, then goes on parsing normally', () => {
    const { rows } = parseDelimited('名称,属地\n"九洲,游仙区\n长虹,涪城区\n"引号,内",江油市\n');
    expect(rows.slice(0, 4)).toEqual([
      { line: 1, cells: ['名称', '属地'] },
      { line: 2, cells: ['"九洲', '游仙区'], problems: [{ key: 'read.quote' }] },
      { line: 3, cells: ['长虹', '涪城区'] },
      { line: 4, cells: ['引号,内', '江油市'] },
    ]);
  });
});
