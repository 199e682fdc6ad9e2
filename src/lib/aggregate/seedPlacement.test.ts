import { describe, expect, it } from 'vitest';
import { joinPlacements, isPlacementMismatch, toSeedPlacements, type SeedPlacement } from './seedPlacement.ts';
import type { SeedRecord } from '../types.ts';

const rec = (id: string, name = '四川长虹电器股份有限公司'): SeedRecord =>
  ({ id, list: 'smart-factory', kind: 'enterprise', name, namePrinted: name, extra: {}, corrections: [] }) as unknown as SeedRecord;
const at = (id: string, key = '长虹电器'): SeedPlacement => ({
  id,
  key,
  loc: { unit: '高新区', countyCode: '510703', county: '涪城区', kind: 'park', parkId: 'gaoxin', source: 'printed' },
});

describe('joinPlacements', () => {
  it('gives each record its own placement, in the records’ order, whatever the file’s order', () => {
    const records = [rec('a:1'), rec('a:2', '绵阳市华祥机械制造有限公司')];
    const placements = [at('a:2', '华祥机械'), at('a:1')];
    const joined = joinPlacements(records, placements);
    expect(joined.map((l) => [l.record, l.key])).toEqual([
      [records[0], '长虹电器'],
      [records[1], '华祥机械'],
    ]);
    expect(joined[0]!.loc).toBe(placements[1]!.loc);
  });

  it('round-trips what toSeedPlacements wrote', () => {
    const located = joinPlacements([rec('a:1')], [at('a:1')]);
    expect(toSeedPlacements(located)).toEqual([at('a:1')]);
  });

  it('refuses a stale file whole, naming the records without a place and the places without a record', () => {
    let err: unknown;
    try {
      joinPlacements([rec('a:1'), rec('a:2'), rec('a:3')], [at('a:1'), at('b:9'), at('a:1')]);
    } catch (e) {
      err = e;
    }
    expect(isPlacementMismatch(err)).toBe(true);
    expect((err as Error).message).toBe(
      'data/placed.json 与 data/records.json 不一致：2 条记录没有位置（a:2、a:3）；2 个位置没有对应记录（b:9、a:1）（请运行 npm run data）',
    );
  });

  it('shortens a long list of ids to five and a count', () => {
    const records = Array.from({ length: 7 }, (_, i) => rec(`a:${i + 1}`));
    expect(() => joinPlacements(records, [])).toThrow(
      'data/placed.json 与 data/records.json 不一致：7 条记录没有位置（a:1、a:2、a:3、a:4、a:5 等 7 条）（请运行 npm run data）',
    );
  });

  it('does not change its inputs', () => {
    const records = [rec('a:1')];
    const placements = [at('a:1')];
    const before = structuredClone([records, placements]);
    joinPlacements(records, placements);
    expect([records, placements]).toEqual(before);
  });
});
