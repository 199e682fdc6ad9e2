import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import type { ListMeta, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { qualityView } from './quality.ts';
import { qualityCsv } from './qualityCsv.ts';
import { loadLang, msgText, translator } from '../../i18n/index.ts';

const recs = records as SeedRecord[];
const all = lists as ListMeta[];
const located = locateAll(recs, buildRegistry(recs, undefined, new Map(all.map((l) => [l.id, l.planName]))));
const zh = translator('zh');

describe('qualityView', () => {
  const q = qualityView(located, all);
  it('adds up: printed + borrowed + unplaced = all 262 records', () => {
    expect(q.total).toBe(262);
    expect(q.printed + q.borrowed + q.unplaced).toBe(262);
    expect([q.printed, q.borrowed, q.unplaced]).toEqual([219, 24, 19]);
  });
  it('lists every seed correction with its printed text and reason', () => {
    expect(q.corrections).toHaveLength(7);
    expect(q.corrections.find((c) => c.id === 'green-factory:9')).toMatchObject({
      printed: '绵阳双汇食品有限责任公司1',
      corrected: '绵阳双汇食品有限责任公司',
    });
    expect(msgText(zh, q.corrections.find((c) => c.id === 'green-factory:9')!.provenance)).toBe('绵府办发〔2019〕5号 绿色化 表5 第9行');
  });
  it('flags rows to look at by why: 19 not placed, the conflicts, the borrowed', () => {
    const by = (s: string) => q.attention.filter((a) => a.status === s).length;
    expect(by('none')).toBe(19);
    expect(by('none') + by('conflict') + by('borrowed')).toBe(q.attention.length);
    const a = q.attention.find((x) => x.id === 'landmark-project:1')!;
    expect(a.status).toBe('none');
    expect(msgText(zh, a.provenance)).toBe('绵阳 新型工业化绘就高质量发展新蓝图 2024年新型工业化报道 第1项（正文第9行）');
  });
  it('cites borrowed rows as printed, never by record id or seed file, in either language', async () => {
    await loadLang('en');
    const notes = q.attention.flatMap((a) => (a.note ? [msgText(zh, a.note), msgText(translator('en'), a.note)] : []));
    expect(notes.length).toBeGreaterThan(40);
    const ids = new Set(recs.map((r) => r.id));
    expect(notes.filter((n) => [...ids].some((id) => n.includes(id)) || n.includes('.txt'))).toEqual([]);
    const borrowed = q.attention.find((a) => a.id === 'smart-tech:1')!;
    expect(msgText(zh, borrowed.note!)).toBe('本表无属地列；借用同一企业在绵府办发〔2019〕5号 智能化 表4 第10行印的属地游仙区');
  });
  it('a conflict row names both printed places and the rows that print them', () => {
    const c = q.attention.find((a) => a.id === 'summit:10')!;
    expect(c.status).toBe('conflict');
    expect(msgText(zh, c.note!)).toBe(
      '印刷属地不一致：经开区（绵府办发〔2019〕5号 绿色化 表3 第1行）、高新区（绵府办发〔2019〕5号 服务化 表7 第2行、绵府办发〔2019〕5号 服务化 表7 第3行、绵府办发〔2019〕5号 单项冠军登峰计划 表3 第10行）',
    );
    // Every conflict row says which places disagree.
    const conflicts = q.attention.filter((a) => a.status === 'conflict');
    expect(conflicts.length).toBe(q.conflicts);
    expect(conflicts.filter((a) => !a.note).map((a) => a.id)).toEqual([]);
  });
  it('exports every correction and every row to look at as CSV, cited', () => {
    const { headers, rows } = qualityCsv(q, zh);
    expect(headers).toEqual(['类别', '名称', '来源', '说明']);
    expect(rows).toHaveLength(q.corrections.length + q.attention.length);
    expect(rows[0]![0]).toBe('印刷更正');
    expect(rows.find((r) => r[2] === '绵府办发〔2019〕5号 绿色化 表5 第9行')).toEqual([
      '印刷更正',
      '绵阳双汇食品有限责任公司',
      '绵府办发〔2019〕5号 绿色化 表5 第9行',
      expect.stringMatching(/^印作“绵阳双汇食品有限责任公司1”，更正为“绵阳双汇食品有限责任公司”：/),
    ]);
    expect(rows.find((r) => r[2] === '绵府办发〔2019〕5号 单项冠军登峰计划 表3 第10行')!.slice(0, 2)).toEqual(['属地冲突', '四川长虹电器股份有限公司']);
  });
});
