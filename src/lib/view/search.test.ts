import { describe, expect, it } from 'vitest';
import records from '../../../data/records.json' with { type: 'json' };
import type { SeedRecord } from '../types.ts';
import { buildRegistry } from '../registry/index.ts';
import { locateAll } from '../aggregate/index.ts';
import { rec } from './fixtures.ts';
import { buildEnterpriseSearch, normaliseQuery } from './search.ts';

const recs = records as SeedRecord[];
const search = buildEnterpriseSearch(locateAll(recs, buildRegistry(recs)));
const names = (q: string, n = 8) => search(q, n).map((h) => h.name);

describe('buildEnterpriseSearch on the seeds', () => {
  it('"ch" finds 长虹 by initials first, before names that merely contain c-h', () => {
    const hits = search('ch', 3);
    expect(hits.map((h) => [h.name, h.match, h.county])).toEqual([
      ['四川长虹电源有限公司', 'initials', '涪城区'],
      ['四川长虹技佳精工有限公司', 'initials', '涪城区'],
      ['四川长虹教育科技有限公司', 'initials', '涪城区'],
    ]);
  });

  it('full pinyin, spaced or capitalised, finds every 长虹 company, placed ones first', () => {
    const hits = search('Chang Hong', 20);
    expect(hits.every((h) => h.name.includes('长虹'))).toBe(true);
    expect(hits.map((h) => h.match).every((m) => m === 'pinyin')).toBe(true);
    expect(hits.at(-1)!.name).toBe('长虹控股');
    expect(hits.at(-1)!.countyCode).toBeUndefined();
    expect(names('changhong', 20)).toEqual(names('长虹', 20));
  });

  it('a homophone typed by IME finds the other spelling by sound: 九州 finds the 九洲 companies, 九洲 the one printed 九州', () => {
    const zhou = search('九州', 20);
    expect(zhou).toHaveLength(7);
    // 四川九州光电子技术有限公司 is printed 九州 (not corrected: nothing in the text says 九洲), so it matches by name.
    expect(zhou.map((h) => [h.name.slice(0, 4), h.match])).toEqual([['四川九州', 'name'], ...Array(6).fill(['四川九洲', 'sound'])]);
    const zhou2 = search('九洲', 20);
    expect(zhou2.map((h) => h.name).sort()).toEqual(zhou.map((h) => h.name).sort());
    expect(zhou2.filter((h) => h.match === 'sound').map((h) => h.name)).toEqual(['四川九州光电子技术有限公司']);
  });

  it('initials of the name after 四川/绵阳 (jz) and of the whole name (scch) both work', () => {
    expect(names('jz', 7).every((n) => /^四川九[洲州]/.test(n))).toBe(true);
    expect(names('scch', 3)).toEqual(['四川长虹电源有限公司', '四川长虹技佳精工有限公司', '四川长虹教育科技有限公司']);
  });

  it('one hit per enterprise with all its lists and rows; a typo falls back to fuzzy', () => {
    const [jz] = search('四川九洲电器集团有限责任公司', 1);
    expect(jz).toMatchObject({ name: '四川九洲电器集团有限责任公司', countyCode: '510703', county: '涪城区', match: 'name' });
    // The registry joins 九洲集团 (智能化 表5, 绿色化 表11) to it: five rows on five lists, and either spelling finds it.
    expect([jz!.rows, jz!.lists]).toEqual([5, ['smart-factory', 'smart-tech', 'green-factory', 'green-tech', 'local-sourcing']]);
    expect(search('九洲集团', 1)[0]!.key).toBe(jz!.key);
    expect(search('xuebao', 5).map((h) => h.name)).toEqual(['四川雪宝乳业集团有限公司']);
    const typo = search('chnaghong', 3);
    expect(typo.every((h) => h.match === 'fuzzy' && h.name.includes('长虹'))).toBe(true);
    expect(search('   ')).toEqual([]);
    expect(search('qqq')).toEqual([]);
  });
});

describe('buildEnterpriseSearch on a fixture', () => {
  it('matches pinyin only from a syllable start, and indexes every spelling of one enterprise', () => {
    const loc = { countyCode: '510781', county: '江油市', source: 'printed' as const };
    const s = buildEnterpriseSearch([
      { record: rec({ list: 'a', row: 1, name: '四川中科工业有限公司' }), key: 'k1', loc },
      { record: rec({ list: 'b', row: 2, name: '长城特钢' }), key: 'k2', loc: { source: 'none' } },
      { record: rec({ list: 'c', row: 3, name: '攀钢集团四川长城特殊钢有限责任公司' }), key: 'k2', loc },
    ]);
    // "ong" is inside zhong, not the start of a syllable.
    expect(s('ong')).toEqual([]);
    expect(s('zhongke')).toEqual([{ key: 'k1', name: '四川中科工业有限公司', countyCode: '510781', county: '江油市', lists: ['a'], rows: 1, match: 'pinyin' }]);
    // The second row's spelling is searchable and its place fills the one its first row lacked.
    expect(s('攀钢')).toEqual([{ key: 'k2', name: '长城特钢', countyCode: '510781', county: '江油市', lists: ['b', 'c'], rows: 2, match: 'name' }]);
  });
});

describe('normaliseQuery', () => {
  it('normalises case, spaces and apostrophes', () => {
    expect(normaliseQuery(" Chang'Hong  ")).toBe('changhong');
  });
});
