import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import type { ListMeta, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll, type LocatedRecord } from '../../aggregate/index.ts';
import { rec } from '../fixtures.ts';
import { loadLang, translator } from '../../i18n/index.ts';
import { caveatText, qualityByList } from './qualityByList.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const all = lists as ListMeta[];

describe('qualityByList', () => {
  it('accounts for all 262 records: each list sums to its printed row count', () => {
    const { rows, total } = qualityByList(located, all);
    expect(total).toEqual({ list: '', name: '合计', total: 262, printed: 219, borrowed: 24, unplaced: 19, conflict: 6, corrected: 7 });
    expect(rows).toHaveLength(all.length);
    for (const r of rows) {
      expect(r.printed + r.borrowed + r.unplaced).toBe(r.total);
      expect(r.total).toBe(all.find((l) => l.id === r.list)!.rows);
    }
    const some = rows.filter((r) => ['smart-tech', 'green-factory', 'landmark-project'].includes(r.list));
    expect(some.map((r) => caveatText(r, translator('zh')))).toEqual([
      '印刷属地 0 · 借用 3 · 未定位 4',
      '印刷属地 48 · 冲突 1 · 更正 2',
      '印刷属地 1 · 未定位 7',
    ]);
  });

  it('says the caveat in English once English is loaded', async () => {
    await loadLang('en');
    const { rows } = qualityByList(located, all);
    expect(
      caveatText(
        rows.find((r) => r.list === 'smart-tech')!,
        translator('en'),
      ),
    ).toBe('0 printed · 3 borrowed · 4 not placed');
  });

  it('keeps rows of a list missing from the catalogue in 其他 instead of dropping them', () => {
    const rows: LocatedRecord[] = [{ record: rec({ list: 'gone', row: 1, name: '甲' }), key: 'a', loc: { source: 'none' } }];
    const q = qualityByList(rows, []);
    expect(q.rows).toEqual([{ list: '其他', name: '其他', total: 1, printed: 0, borrowed: 0, unplaced: 1, conflict: 0, corrected: 0 }]);
    expect(q.total.total).toBe(1);
  });
});
