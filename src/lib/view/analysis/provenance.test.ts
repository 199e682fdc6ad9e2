import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import type { ListMeta, SeedRecord } from '../../types.ts';
import { provenanceText } from './provenance.ts';

const recs = records as SeedRecord[];
const all = lists as ListMeta[];

describe('provenanceText', () => {
  it('names the plan: one document prints a 表5 under four plans', () => {
    const tables = new Set(recs.filter((r) => r.docTitle === '绵府办发〔2019〕5号' && r.table === '表5').map((r) => r.plan));
    expect(tables.size).toBe(4);
    const r = recs.find((x) => x.id === 'green-factory:36')!;
    expect(provenanceText(r, '绿色化')).toBe('绵府办发〔2019〕5号 绿色化 表5 第36行');
    const plans = new Set(all.filter((l) => l.table === '表5').map((l) => l.planName));
    const cited = new Set([...plans].map((p) => provenanceText({ ...r, row: 1 }, p)));
    expect(cited.size).toBe(plans.size);
  });
  it('names running-text rows by their mention order and line', () => {
    const r = recs.find((x) => x.id === 'landmark-project:1')!;
    expect(provenanceText(r, '')).toBe(`${r.docTitle} 第1项（正文第9行）`);
  });
});
