import { describe, expect, it } from 'vitest';
import { ReadError } from './errors.ts';
import { assertJsonDepth, parseJsonTable } from './json.ts';

describe('parseJsonTable', () => {
  it('takes the union of keys in first-seen order and turns values into text', () => {
    const t = parseJsonTable(
      JSON.stringify([
        { 名称: '长虹', 属地: '涪城区' },
        { 属地: '游仙区', 投资: 12.5, 重点: true, 备注: null, 联系: { 人: '张' } },
      ]),
    );
    expect(t.headers).toEqual(['名称', '属地', '投资', '重点', '备注', '联系']);
    expect(t.rows).toEqual([
      { line: 1, cells: ['长虹', '涪城区', '', '', '', ''] },
      { line: 2, cells: ['', '游仙区', '12.5', 'true', '', '{"人":"张"}'] },
    ]);
  });

  it('keeps a non-object element as a flagged row so it is counted', () => {
    expect(parseJsonTable('[{"属地":"涪城区"}, 3, null]').rows).toEqual([
      { line: 1, cells: ['涪城区'] },
      { line: 2, cells: [''], problems: [{ key: 'read.notObject', params: { kind: { key: 'read.kind.number' } } }] },
      { line: 3, cells: [''], problems: [{ key: 'read.notObject', params: { kind: { key: 'read.kind.null' } } }] },
    ]);
  });

  it('reports malformed JSON with line and column, whatever the engine says', () => {
    expect(() => parseJsonTable('[\n  {"a": 1,}\n]')).toThrow(
      new ReadError('bad-json', 'malformed JSON at line 2, column 11', { key: 'read.err.badJsonAt', params: { line: 2, column: 11 } }),
    );
    expect(() => parseJsonTable('[{"a": 1}')).toThrow(/^malformed JSON( at line 1, column 10| at the end of the file)$/);
  });

  it('refuses JSON that is not an array of objects', () => {
    expect(() => parseJsonTable('{"rows": []}')).toThrow("JSON must be an array of objects (one per row); this file's top level is an object");
    expect(() => parseJsonTable('"涪城区"')).toThrow("JSON must be an array of objects (one per row); this file's top level is a string");
    expect(() => parseJsonTable('[["属地"], ["涪城区"]]')).toThrow('JSON must be an array of objects (one per row); its elements are an array');
  });
});

describe('assertJsonDepth', () => {
  it('refuses nesting past the limit with where it happened, without recursing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => parseJsonTable(deep)).toThrow('JSON nested more than 64 levels deep (at line 1, column 65): a list is an array of objects');
    expect(() => assertJsonDepth('[\n {"a":\n  [[1]]}]', 3)).toThrow('(at line 3, column 4)');
  });
  it('accepts nesting up to the limit', () => {
    expect(() => assertJsonDepth('['.repeat(64) + ']'.repeat(64))).not.toThrow();
    expect(() => assertJsonDepth('['.repeat(65) + ']'.repeat(65))).toThrow(ReadError);
  });
  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify([{ 名称: '[[[[' + '\\"[[[[' + '{{{{', 属地: '涪城区' }]);
    expect(() => assertJsonDepth(text, 2)).not.toThrow();
    expect(parseJsonTable(text).rows).toHaveLength(1);
  });
});
