// The committed data/ against the facts the project records (README "The data", the printed tables), reading data/
// only: it runs in every clone, with or without the source documents. With them, scripts/seeds/ also proves data/
// is a fresh extraction; this proves what a reader relies on even where that cannot run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListMeta, SeedRecord, TargetRecord } from '../src/lib/types.ts';
import { check, DATA_DIR, render, sortAll } from './extract-seeds.ts';
import { parseInvestmentWan } from './seeds/common.ts';

const read = <T>(f: string): T => JSON.parse(readFileSync(join(DATA_DIR, f), 'utf8')) as T;
const lists = read<ListMeta[]>('lists.json');
const records = read<SeedRecord[]>('records.json');
const targets = read<TargetRecord[]>('targets.json');
const on = (list: string) => records.filter((r) => r.list === list);

/** list id → plan, table and printed row count, as README's table gives them (read off the printed tables). */
const PRINTED: Record<string, [plan: string, table: string, rows: number]> = {
  'smart-factory': ['smart', '表3', 12],
  'smart-equipment': ['smart', '表4', 15],
  'smart-tech': ['smart', '表5', 7],
  'green-product': ['green', '表3', 19],
  'green-factory': ['green', '表5', 48],
  'green-park': ['green', '表7', 5],
  'green-supply-chain': ['green', '表9', 20],
  'green-tech': ['green', '表11', 14],
  'design-center': ['service', '表3', 12],
  'service-enterprise': ['service', '表5', 28],
  'service-project': ['service', '表6', 10],
  'service-platform': ['service', '表7', 9],
  'local-sourcing': ['local', '表3', 13],
  'famous-brand': ['quality', '表2', 2],
  'regional-brand': ['quality', '表5', 10],
  sherpa: ['summit', '表2', 15],
  summit: ['summit', '表3', 15],
  // The 2024 article is running text: no table, rows in order of mention.
  'landmark-project': ['article-2024', '', 8],
};

describe('data/ lists and records', () => {
  it('has the 18 lists with the plan, table and row count of the print, 262 records in all', () => {
    expect(Object.fromEntries(lists.map((l) => [l.id, [l.plan, l.table, l.rows]]))).toEqual(PRINTED);
    expect(Object.fromEntries(lists.map((l) => [l.id, on(l.id).length]))).toEqual(Object.fromEntries(Object.entries(PRINTED).map(([id, [, , n]]) => [id, n])));
    expect(records).toHaveLength(262);
  });

  it('numbers every list 1..N by its printed row, with ids list:row', () => {
    for (const l of lists) {
      expect([
        l.id,
        on(l.id)
          .map((r) => r.row)
          .sort((a, b) => a - b),
      ]).toEqual([l.id, Array.from({ length: l.rows }, (_, i) => i + 1)]);
      for (const r of on(l.id)) expect(r.id).toBe(`${l.id}:${r.row}`);
    }
  });

  it('holds the printed investment totals: 智能化 表3 12 projects = 188064 万元, 表4 15 = 92250 万元, the 2024 article 3 of 8 = 410 亿元', () => {
    const total = (list: string) => {
      const withAmount = on(list).filter((r) => r.investmentWan !== undefined);
      return [withAmount.length, withAmount.reduce((s, r) => s + r.investmentWan!, 0)];
    };
    expect(lists.filter((l) => l.hasInvestment).map((l) => [l.id, ...total(l.id)])).toEqual([
      ['smart-factory', 12, 188064],
      ['smart-equipment', 15, 92250],
      ['landmark-project', 3, 4100000],
    ]);
  });

  it('converts every printed investment the same way (万元; 亿元 × 10000) and keeps the print', () => {
    for (const r of records.filter((x) => x.investmentPrinted !== undefined || x.investmentWan !== undefined))
      expect([r.id, r.investmentWan]).toEqual([r.id, parseInvestmentWan(r.investmentPrinted ?? '')]);
  });
});

describe('data/ provenance', () => {
  const doc = /^\d{3}_[0-9a-f]{16}\.txt$/;
  const missing = (x: SeedRecord | TargetRecord): string[] => {
    const gaps: string[] = [];
    if (!doc.test(x.doc)) gaps.push(`doc ${JSON.stringify(x.doc)}`);
    for (const k of ['docTitle', 'plan', 'planTitle'] as const) if (!x[k]) gaps.push(k);
    // "" only for running text, which has neither table nor caption.
    if (!(/^表\d+$/.test(x.table) ? x.tableTitle : x.table === '' && x.tableTitle === ''))
      gaps.push(`table ${JSON.stringify(x.table)} / ${JSON.stringify(x.tableTitle)}`);
    for (const k of ['row', 'line'] as const) if (!(Number.isInteger(x[k]) && x[k] >= 1)) gaps.push(k);
    return gaps.length ? [`${x.id}: ${gaps.join(', ')}`] : [];
  };

  it('every record and target names its document, plan, table and printed row and line', () => {
    expect([...records, ...targets].flatMap(missing)).toEqual([]);
  });

  it('every record cites the document, plan and table of its list', () => {
    const byId = new Map(lists.map((l) => [l.id, l]));
    const wrong = records.filter((r) => {
      const l = byId.get(r.list)!;
      return r.doc !== l.doc || r.plan !== l.plan || r.table !== l.table || r.tableTitle !== l.tableTitle;
    });
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it('has 120 targets with unique ids, each measuring a known list if any', () => {
    expect(targets).toHaveLength(120);
    expect(() => check({ lists, records, targets })).not.toThrow();
  });
});

describe('data/ corrections', () => {
  it('corrects nothing silently: a name or location that differs from the print has a correction, and every correction matches the record', () => {
    const fields = ['name', 'location'] as const;
    const silent = records.flatMap((r) =>
      fields.filter((f) => r[`${f}Printed`] !== undefined && r[f] !== r[`${f}Printed`] && !r.corrections.some((c) => c.field === f)).map((f) => `${r.id} ${f}`),
    );
    expect(silent).toEqual([]);
    const wrong = [...records, ...targets].flatMap((r) =>
      r.corrections
        .filter((c) => {
          const rec = r as unknown as Record<string, unknown>;
          return rec[c.field] !== c.corrected || rec[`${c.field}Printed`] !== c.printed || !c.reason;
        })
        .map((c) => `${r.id} ${c.field}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has the seven corrections README lists: 有公司, 九州 → 九洲 ×2, a footnote digit, mixed brackets ×2, a dropped 四川', () => {
    expect(records.flatMap((r) => r.corrections.map((c) => `${r.id} ${c.printed} → ${c.corrected}`))).toEqual([
      'smart-factory:1 四川长虹模塑科技有公司 → 四川长虹模塑科技有限公司',
      'smart-equipment:3 四川九州电子科技股份有限公司 → 四川九洲电子科技股份有限公司',
      'green-factory:9 绵阳双汇食品有限责任公司1 → 绵阳双汇食品有限责任公司',
      'green-factory:36 四川矿山机器(集团）有限责任公司 → 四川矿山机器（集团）有限责任公司',
      'green-supply-chain:14 四川矿山机器(集团）有限责任公司 → 四川矿山机器（集团）有限责任公司',
      'design-center:4 兴事发门窗有限责任公司 → 四川兴事发门窗有限责任公司',
      'service-project:3 四川九州电子科技股份有限公司 → 四川九洲电子科技股份有限公司',
    ]);
    expect(targets.flatMap((t) => t.corrections)).toEqual([]);
  });
});

describe('data/ files', () => {
  it('are in canonical order and format, and corrections.csv is the corrections of records.json and targets.json', () => {
    const x = { lists: structuredClone(lists), records: structuredClone(records), targets: structuredClone(targets) };
    sortAll(x);
    expect([x.lists.map((l) => l.id), x.records.map((r) => r.id), x.targets.map((t) => t.id)]).toEqual([
      lists.map((l) => l.id),
      records.map((r) => r.id),
      targets.map((t) => t.id),
    ]);
    for (const [name, text] of Object.entries(render({ lists, records, targets })))
      expect(readFileSync(join(DATA_DIR, name), 'utf8'), `data/${name}`).toBe(text);
  });
});
