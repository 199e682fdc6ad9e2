import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, collect, correctionsCsv, DATA_DIR, render, sortAll, MODULES } from './extract-seeds.ts';
import { makeRecord, type Extracted } from './seeds/common.ts';
import type { ListMeta } from '../src/lib/types.ts';

const warnings: string[] = [];
const fresh = await collect(MODULES, (m) => warnings.push(m));
const files = render(fresh);

describe('extract-seeds on the real seeds', () => {
  it('committed data/ equals a fresh extraction (re-run `npx tsx scripts/extract-seeds.ts` after changing an extractor)', () => {
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(DATA_DIR, name), 'utf8'), `data/${name} is stale`).toBe(text);
  });

  it('ids are unique and every record is on a listed list with the right count', () => {
    for (const xs of [fresh.records, fresh.targets, fresh.lists]) expect(new Set(xs.map((x) => x.id)).size).toBe(xs.length);
    expect(() => check(fresh)).not.toThrow();
    for (const l of fresh.lists) expect(fresh.records.filter((r) => r.list === l.id).length).toBe(l.rows);
  });

  it('warns about, and only about, the extractors not written yet', () => {
    expect(warnings).toEqual(fresh.missing.map((m) => `extract-seeds: scripts/seeds/${m}.ts not found, skipped`));
    expect(fresh.missing).not.toContain('smart');
    expect(fresh.missing).not.toContain('green');
  });

  it('includes the 智能化 and 绿色化 lists in document order', () => {
    const mine = fresh.lists.filter((l) => l.plan === 'smart' || l.plan === 'green').map((l) => `${l.id}:${l.rows}`);
    expect(mine).toEqual(['smart-factory:12', 'smart-equipment:15', 'smart-tech:7', 'green-product:19', 'green-factory:48', 'green-park:5', 'green-supply-chain:20', 'green-tech:14']);
    const lines = fresh.records.map((r) => `${r.doc}:${String(r.line).padStart(6, '0')}`);
    expect(lines).toEqual([...lines].sort());
  });

  it('writes every correction to the review CSV', () => {
    const rows = files['corrections.csv']!.split('\r\n');
    const n = fresh.records.reduce((s, r) => s + r.corrections.length, 0) + fresh.targets.reduce((s, t) => s + t.corrections.length, 0);
    expect(rows.length).toBe(n + 2); // header + trailing empty line
    expect(rows).toContain('smart-factory:1,name,四川长虹模塑科技有公司,四川长虹模塑科技有限公司,“有限”少印“限”字：“有公司”不是公司组织形式');
    expect(rows).toContain('green-factory:9,name,绵阳双汇食品有限责任公司1,绵阳双汇食品有限责任公司,名称后多出脚注数字“1”；表9第7行同一企业印作“绵阳双汇食品有限责任公司”');
  });
});

describe('extract-seeds checks', () => {
  const prov = (line: number) => ({ doc: 'a.txt', docTitle: '', plan: 'p', planTitle: '', table: '表1', tableTitle: '', row: line, line });
  const list = (id: string, rows: number): ListMeta => ({
    id, name: id, nameEn: id, plan: 'p', planName: 'p', doc: 'a.txt', table: '表1', tableTitle: '', kind: 'enterprise',
    hasLocation: false, hasInvestment: false, asOf: '2019-01-27', rows,
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
