import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import type { ListMeta, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { qualityView } from './quality.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const all = lists as ListMeta[];

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
      provenance: '绵府办发〔2019〕5号 绿色化 表5 第9行',
    });
  });
  it('flags rows to look at by why: 19 not placed, the conflicts, the borrowed', () => {
    const by = (s: string) => q.attention.filter((a) => a.status === s).length;
    expect(by('none')).toBe(19);
    expect(by('none') + by('conflict') + by('borrowed')).toBe(q.attention.length);
    expect(q.attention.find((a) => a.id === 'landmark-project:1')).toMatchObject({
      status: 'none',
      provenance: '绵阳 新型工业化绘就高质量发展新蓝图 2024年新型工业化报道 第1项（正文第9行）',
    });
  });
});
