import { beforeAll, describe, expect, it } from 'vitest';
import records from '../../data/records.json' with { type: 'json' };
import lists from '../../data/lists.json' with { type: 'json' };
import type { ListMeta, SeedRecord } from './types.ts';
import { citeMsg, citeText } from './cite.ts';
import { loadLang, translator } from './i18n/index.ts';

const recs = records as SeedRecord[];
const all = lists as ListMeta[];
const zh = translator('zh');
const en = translator('en');
const rec = (id: string) => recs.find((x) => x.id === id)!;

describe('citeText', () => {
  beforeAll(() => loadLang('en'));

  it('cites a table row by document, plan, table and row, in either language', () => {
    expect(citeText(zh, rec('smart-equipment:10'), '智能化')).toBe('绵府办发〔2019〕5号 智能化 表4 第10行');
    expect(citeText(en, rec('smart-equipment:10'), '智能化')).toBe('绵府办发〔2019〕5号 智能化, Table 4, row 10');
  });

  it('names the plan: one document prints a 表5 under four plans', () => {
    const tables = new Set(recs.filter((r) => r.docTitle === '绵府办发〔2019〕5号' && r.table === '表5').map((r) => r.plan));
    expect(tables.size).toBe(4);
    const r = rec('green-factory:36');
    expect(citeText(zh, r, '绿色化')).toBe('绵府办发〔2019〕5号 绿色化 表5 第36行');
    const plans = new Set(all.filter((l) => l.table === '表5').map((l) => l.planName));
    const cited = new Set([...plans].map((p) => citeText(zh, { ...r, row: 1 }, p)));
    expect(cited.size).toBe(plans.size);
  });

  it('names running-text rows by their mention order and line', () => {
    const r = rec('landmark-project:1');
    expect(citeText(zh, r)).toBe(`${r.docTitle} 第1项（正文第9行）`);
    expect(citeText(en, r)).toBe(`${r.docTitle}, item 1 (text line 9)`);
  });

  it('cites an imported row by the file name and line the user knows, never the import id', () => {
    const r = { doc: '企业名单.csv', docTitle: '企业名单.csv', plan: 'import', list: 'import-mx5d3hmiwg', table: '', row: 6, line: 7 };
    expect(citeText(zh, r)).toBe('企业名单.csv 第 7 行');
    expect(citeText(en, { ...r, table: 'Sheet1' })).toBe('企业名单.csv (sheet Sheet1), row 7');
  });

  it('never shows a record id or a seed file name, for any bundled row', () => {
    for (const r of recs) {
      const l = all.find((x) => x.id === r.list)!;
      for (const t of [zh, en]) {
        const s = citeText(t, r, l.planName);
        expect(s).not.toContain(r.id);
        expect(s).not.toContain(r.doc);
        expect(citeMsg(r, l.planName)).toEqual(JSON.parse(JSON.stringify(citeMsg(r, l.planName))));
      }
    }
  });
});
