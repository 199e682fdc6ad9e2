// The checks of scripts/extract-seeds.ts that need no source documents; the run on the real seeds is
// scripts/seeds/extract-seeds.test.ts.
import { describe, expect, it } from 'vitest';
import { check, correctionsCsv, sortAll } from './extract-seeds.ts';
import { makeRecord, type Extracted } from './seeds/common.ts';
import type { ListMeta } from '../src/lib/types.ts';

describe('extract-seeds checks', () => {
  const prov = (line: number) => ({ doc: 'a.txt', docTitle: '', plan: 'p', planTitle: '', table: '表1', tableTitle: '', row: line, line });
  const list = (id: string, rows: number): ListMeta => ({
    id,
    name: id,
    nameEn: id,
    plan: 'p',
    planName: 'p',
    doc: 'a.txt',
    table: '表1',
    tableTitle: '',
    kind: 'enterprise',
    hasLocation: false,
    hasInvestment: false,
    asOf: '2019-01-27',
    rows,
  });
  const rec = (l: string, line: number) => makeRecord(prov(line), l, { kind: 'enterprise', name: '甲', namePrinted: '甲' });

  it('rejects duplicate ids, unknown lists and wrong row counts', () => {
    const x: Extracted = { lists: [list('a', 1), list('b', 1)], records: [rec('a', 1), rec('a', 1), rec('c', 2)], targets: [] };
    expect(() => check(x)).toThrow(
      'extract-seeds:\n  duplicate record ids: a:1\n  record c:2 is on unknown list c\n  list a says 1 rows, has 2 records\n  list b says 1 rows, has 0 records',
    );
  });

  it('sorts by doc, line, id and quotes CSV cells that need it', () => {
    const x: Extracted = { lists: [list('b', 1), list('a', 1)], records: [rec('b', 9), rec('a', 3)], targets: [] };
    sortAll(x);
    expect(x.records.map((r) => r.id)).toEqual(['a:3', 'b:9']);
    expect(x.lists.map((l) => l.id)).toEqual(['a', 'b']);
    const r = rec('a', 1);
    r.corrections.push({ field: 'name', printed: 'x,"y"', corrected: 'x', reason: 'r' });
    expect(correctionsCsv([r], [])).toBe('\uFEFFid,field,printed,corrected,reason\r\na:1,name,"x,""y""",x,r\r\n');
  });
});
