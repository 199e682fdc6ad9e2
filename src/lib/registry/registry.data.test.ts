// The registry over the real extracted lists (data/records.json): the known multi-location enterprises come out
// as the conflicts / refinements the brief names, and every row gets exactly one resolution.
import { describe, expect, it } from 'vitest';
import recordsJson from '../../../data/records.json';
import type { SeedRecord } from '../types.ts';
import { buildRegistry } from './index.ts';

const records = recordsJson as SeedRecord[];
const reg = buildRegistry(records);
const units = (key: string, issues: typeof reg.conflicts) => issues.find((c) => c.key === key)?.locations.map((l) => `${l.unit}:${l.records.join(',')}`);

describe('registry over data/records.json', () => {
  it('conflicts: 长虹电器 (two parks of 涪城区) and 华祥机械 (two counties), nothing else', () => {
    expect(reg.conflicts.map((c) => `${c.key}/${c.level}`)).toEqual(['长虹电器/park', '华祥机械制造/county']);
    expect(units('长虹电器', reg.conflicts)).toEqual(['经开区:green-product:1', '高新区:service-platform:2,service-platform:3,summit:10']);
    expect(units('华祥机械制造', reg.conflicts)).toEqual(['安州区:green-factory:33', '游仙区:service-enterprise:20']);
  });

  it('refinements: 华丰, 永贵, 丰谷 print a park in one table and its county in another', () => {
    expect(reg.refinements.map((c) => c.key)).toEqual(['华丰企业', '永贵科技', '丰谷酒业']);
    expect(units('华丰企业', reg.refinements)).toEqual(['经开区:smart-factory:2', '涪城区:summit:15']);
    expect(units('丰谷酒业', reg.refinements)).toEqual(['高新区:green-factory:3', '涪城区:green-supply-chain:8']);
  });

  it('rows of lists without a location column: which borrow, which stay unplaced', () => {
    const noColumn = records.filter((r) => ['smart-tech', 'local-sourcing', 'green-tech'].includes(r.list));
    const by = (s: string) => noColumn.filter((r) => reg.resolveLocation(r).source === s).map((r) => r.id);
    expect(by('printed')).toEqual([]);
    expect(by('none')).toEqual([
      'smart-tech:2', // 长虹控股 → 长虹电子控股: no list prints its location
      'smart-tech:3', // 西南科技大学
      'smart-tech:5', // 中物院六所
      'smart-tech:6', // 虹信软件、科瑞软件: two parties in one cell
      'green-tech:1', // 长虹集团
      'green-tech:12', // 雅化集团: group, not one of its subsidiaries
      'green-tech:13',
      'green-tech:14',
      'local-sourcing:1',
      'local-sourcing:10', // 际华三五三六实业 ≠ 际华三五三六职业装 (not merged)
      'local-sourcing:13',
    ]);
    expect(by('borrowed')).toHaveLength(noColumn.length - 11);
  });

  it('every record resolves to printed, borrowed or none; none of them with a unit', () => {
    const counts = { printed: 0, borrowed: 0, none: 0 };
    for (const r of records) {
      const l = reg.resolveLocation(r);
      counts[l.source]++;
      expect(l.source === 'none', r.id).toBe(l.countyCode === undefined);
    }
    expect(counts.printed + counts.borrowed + counts.none).toBe(records.length);
  });
});
