// Runs every extractor on the source documents (skipped, with one line, in a clone without them: see source.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, collect, DATA_DIR, render, MODULES } from '../extract-seeds.ts';

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
    expect(mine).toEqual([
      'smart-factory:12',
      'smart-equipment:15',
      'smart-tech:7',
      'green-product:19',
      'green-factory:48',
      'green-park:5',
      'green-supply-chain:20',
      'green-tech:14',
    ]);
    const lines = fresh.records.map((r) => `${r.doc}:${String(r.line).padStart(6, '0')}`);
    expect(lines).toEqual([...lines].sort());
  });

  it('writes every correction to the review CSV', () => {
    const rows = files['corrections.csv']!.split('\r\n');
    const n = fresh.records.reduce((s, r) => s + r.corrections.length, 0) + fresh.targets.reduce((s, t) => s + t.corrections.length, 0);
    expect(rows.length).toBe(n + 2); // header + trailing empty line
    expect(rows).toContain('smart-factory:1,name,四川长虹模塑科技有公司,四川长虹模塑科技有限公司,“有限”少印“限”字：“有公司”不是公司组织形式');
    expect(rows).toContain(
      'green-factory:9,name,绵阳双汇食品有限责任公司1,绵阳双汇食品有限责任公司,名称后多出脚注数字“1”；表9第7行同一企业印作“绵阳双汇食品有限责任公司”',
    );
  });
});
