import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalUnit, createGeocoder, geocode, listCounties, listParks, listTowns } from './index.ts';
import { loadLang, translateMsg, type Msg } from '../i18n/index.ts';
import type { GeoResult } from '../types.ts';

// The notes are messages; these tests read them in English, the wording the geocode CLI writes.
beforeAll(() => loadLang('en'));
const en = (m: Msg): string => translateMsg('en', m);
const worded = (r: GeoResult) => ({ ...r, note: en(r.note) });

const brief = (text: string) => {
  const r = geocode(text);
  return [r.status, r.county ?? null, r.park ?? null, r.town ?? null, r.confidence.rule];
};

describe('属地 cells: counties and their aliases', () => {
  it('resolves a full county name by the exact-county rule', () => {
    expect(worded(geocode('游仙区'))).toEqual({
      status: 'resolved',
      countyCode: '510704',
      county: '游仙区',
      confidence: { rule: 'exact-county', score: 1 },
      note: 'matched 游仙区',
    });
  });

  it('resolves short forms and old names by the county-alias rule', () => {
    expect(brief('江油')).toEqual(['resolved', '江油市', null, null, 'county-alias']);
    expect(brief('安县')).toEqual(['resolved', '安州区', null, null, 'county-alias']);
    expect(brief('北川')).toEqual(['resolved', '北川羌族自治县', null, null, 'county-alias']);
    expect(brief('三台')).toEqual(['resolved', '三台县', null, null, 'county-alias']);
    expect(en(geocode('安县').note)).toBe('matched 安县→安州区');
    expect(geocode('北川').countyCode).toBe('510726');
  });

  it('folds full-width characters and spaces', () => {
    expect(brief('　三台县 ')).toEqual(['resolved', '三台县', null, null, 'exact-county']);
    expect(brief('（涪城区）')).toEqual(['resolved', '涪城区', null, null, 'exact-county']);
    expect(brief('江 油 市')).toEqual(['resolved', '江油市', null, null, 'exact-county']);
  });
});

describe('parks', () => {
  it('gives the park short name and the county it lies in', () => {
    expect(worded(geocode('高新区'))).toEqual({
      status: 'resolved',
      countyCode: '510703',
      county: '涪城区',
      park: '高新区',
      confidence: { rule: 'park', score: 1 },
      note: 'matched 高新区',
    });
    expect(brief('仙海区')).toEqual(['resolved', '游仙区', '仙海区', null, 'park']);
    expect(brief('游仙经开区')).toEqual(['resolved', '游仙区', '游仙经开区', null, 'park']);
    expect(brief('三台芦溪工业集中发展区')).toEqual(['resolved', '三台县', '芦溪工业集中发展区', null, 'park']);
  });

  it('resolves aliases as printed in the seeds by the park-alias rule', () => {
    expect(brief('科技城直管区')).toEqual(['resolved', '涪城区', '高新区', null, 'park-alias']);
    expect(brief('科创园区')).toEqual(['resolved', '涪城区', '科创区', null, 'park-alias']);
    expect(brief('安县工业园区')).toEqual(['resolved', '安州区', '安州工业园区', null, 'park-alias']);
    expect(brief('中南高科安州擎动未来产业园')).toEqual(['resolved', '安州区', '擎动未来产业园', null, 'park-alias']);
    expect(brief('绵阳高新区（科技城直管区）')).toEqual(['resolved', '涪城区', '高新区', null, 'park-alias']);
  });

  it('treats a park plus the county containing it as consistent', () => {
    expect(brief('涪城区高新区')).toEqual(['resolved', '涪城区', '高新区', null, 'park+county']);
    expect(brief('游仙区仙海区沉抗镇')).toEqual(['resolved', '游仙区', '仙海区', '沉抗镇', 'address-county+park+town']);
    expect(brief('高新区普明街道')).toEqual(['resolved', '涪城区', '高新区', '普明街道', 'park+town']);
  });
});

describe('towns and addresses', () => {
  it('resolves a bare town name to its county', () => {
    expect(worded(geocode('玉龙镇'))).toEqual({
      status: 'resolved',
      countyCode: '510723',
      county: '盐亭县',
      town: '玉龙镇',
      confidence: { rule: 'town', score: 0.95 },
      note: 'matched 玉龙镇',
    });
    expect(brief('锁江乡')).toEqual(['resolved', '平武县', null, '锁江羌族乡', 'town-alias']);
  });

  it('resolves postal addresses by county + town', () => {
    expect(brief('四川省绵阳市安州区花荄镇工业园路8号')).toEqual(['resolved', '安州区', null, '花荄镇', 'address-county+town']);
    expect(brief('绵阳市涪城区成都路')).toEqual(['resolved', '涪城区', null, null, 'exact-county']);
  });

  it('resolves several towns of one county to the county only, and says so', () => {
    const r = geocode('花荄镇、桑枣镇');
    expect(r).toMatchObject({ status: 'resolved', county: '安州区', confidence: { rule: 'multi-town', score: 0.8 } });
    expect(r.town).toBeUndefined();
    expect(en(r.note)).toBe('several towns of 安州区: 花荄镇、桑枣镇; resolved to the county only');
  });
});

describe('traps', () => {
  it('江油关镇 is a town of 平武县, not 江油市', () => {
    expect(brief('江油关镇')).toEqual(['resolved', '平武县', null, '江油关镇', 'town']);
    expect(brief('平武县江油关镇')).toEqual(['resolved', '平武县', null, '江油关镇', 'address-county+town']);
  });

  it('三台 as a count of machines is not the county, 三台 after 四川 is', () => {
    expect(brief('购置三台数控机床')).toEqual(['unresolved', null, null, null, 'none']);
    expect(brief('第三台')).toEqual(['unresolved', null, null, null, 'none']);
    expect(brief('四川三台力达泵业有限公司')).toEqual(['resolved', '三台县', null, null, 'county-alias']);
    expect(brief('三台、盐亭')).toEqual(['ambiguous', null, null, null, 'conflicting-counties']);
  });

  it('绵阳 alone names only the city', () => {
    for (const t of ['绵阳', '绵阳市', '四川省绵阳市', '中国(绵阳)科技城激光技术应用产业园']) {
      expect(worded(geocode(t))).toEqual({
        status: 'unresolved',
        confidence: { rule: 'city-only', score: 0 },
        note: 'names only the city (绵阳市), not a county or park',
      });
    }
  });
});

describe('ambiguity is listed, never guessed', () => {
  it('two different counties', () => {
    expect(worded(geocode('涪城区、游仙区'))).toEqual({
      status: 'ambiguous',
      confidence: { rule: 'conflicting-counties', score: 0 },
      note: 'names places in different counties: 涪城区、游仙区 (涪城区、游仙区)',
      candidates: [
        { countyCode: '510703', county: '涪城区', matched: '涪城区' },
        { countyCode: '510704', county: '游仙区', matched: '游仙区' },
      ],
    });
  });

  it('a county and a town of another county', () => {
    expect(geocode('涪城区玉龙镇').candidates).toEqual([
      { countyCode: '510703', county: '涪城区', matched: '涪城区' },
      { countyCode: '510723', county: '盐亭县', town: '玉龙镇', matched: '玉龙镇' },
    ]);
  });

  it('a park and a county that does not contain it', () => {
    expect(brief('高新区游仙区')).toEqual(['ambiguous', null, null, null, 'conflicting-counties']);
  });

  it('two parks, even in one county', () => {
    expect(worded(geocode('高新区、经开区'))).toMatchObject({ status: 'ambiguous', note: 'names several parks: 高新区、经开区' });
  });

  it('a town name that exists in two counties', () => {
    // The bundled 5107 list has no duplicate town names, so a second 永兴镇 (a common name) is added to 游仙区.
    const g = createGeocoder({
      counties: listCounties(),
      parks: listParks(),
      towns: [...listTowns(), { code: '510704999', name: '永兴镇', countyCode: '510704' }],
      outside: [],
    });
    expect(worded(g.geocode('永兴镇'))).toEqual({
      status: 'ambiguous',
      confidence: { rule: 'ambiguous-name', score: 0 },
      note: '永兴镇 names places in several counties: 涪城区、游仙区',
      candidates: [
        { countyCode: '510703', county: '涪城区', town: '永兴镇', matched: '永兴镇' },
        { countyCode: '510704', county: '游仙区', town: '永兴镇', matched: '永兴镇' },
      ],
    });
    expect(g.geocode('涪城区永兴镇').status).toBe('ambiguous');
  });
});

describe('outside Mianyang is unresolved with the place named', () => {
  it('names the outside places', () => {
    expect(worded(geocode('成都市武侯区'))).toEqual({
      status: 'unresolved',
      confidence: { rule: 'outside', score: 0 },
      note: 'outside Mianyang: 成都市、武侯区',
    });
    expect(en(geocode('德阳市旌阳区').note)).toBe('outside Mianyang: 德阳市、旌阳区');
    expect(en(geocode('苏州工业园区').note)).toBe('outside Mianyang: 苏州工业园区');
    expect(en(geocode('中国重汽集团济南卡车股份有限公司绵阳分公司').note)).toBe('outside Mianyang: 济南 (also names 绵阳市, but no county or park)');
  });

  it('flags a Mianyang place named next to an outside one as ambiguous', () => {
    expect(worded(geocode('成都市武侯区、江油市'))).toMatchObject({
      status: 'ambiguous',
      note: 'names 江油市 and also a place outside Mianyang: 成都市、武侯区',
    });
  });
});

describe('rejected and unresolved input', () => {
  it('rejects text that is no text', () => {
    expect(worded(geocode(''))).toEqual({ status: 'rejected', confidence: { rule: 'rejected', score: 0 }, note: 'empty text' });
    expect(en(geocode(' \u3000\t').note)).toBe('empty text');
    expect(en(geocode('——、（）').note)).toBe('only punctuation or symbols');
    expect(worded(geocode('涪城区'.repeat(70)))).toMatchObject({ status: 'rejected', note: 'too long: 210 characters (max 200)' });
  });

  it('says why nothing was found', () => {
    expect(worded(geocode('某某有限公司'))).toEqual({
      status: 'unresolved',
      confidence: { rule: 'none', score: 0 },
      note: 'no Mianyang place name found',
    });
  });
});

describe('canonicalUnit and lists', () => {
  it('uses the park short name or the county full name', () => {
    expect(canonicalUnit('绵阳高新区')).toEqual({ unit: '高新区', kind: 'park', countyCode: '510703' });
    expect(canonicalUnit('四川绵阳游仙经济开发区')).toEqual({ unit: '游仙经开区', kind: 'park', countyCode: '510704' });
    expect(canonicalUnit('安县')).toEqual({ unit: '安州区', kind: 'county', countyCode: '510705' });
    expect(canonicalUnit('绵阳')).toBeUndefined();
  });

  it('lists the nine counties and the parks', () => {
    expect(listCounties().map((c) => c.short)).toEqual(['涪城', '游仙', '安州', '三台', '盐亭', '梓潼', '北川', '平武', '江油']);
    expect(listParks().map((p) => p.name)).toEqual([
      '高新区',
      '经开区',
      '科创区',
      '金家林',
      '仙海区',
      '游仙经开区',
      '安州工业园区',
      '安州高新区',
      '擎动未来产业园',
      '江油工业园区',
      '芦溪工业集中发展区',
      '梓潼经开区',
      '盐亭经开区',
    ]);
  });

  it('returns the same frozen object for a repeated text', () => {
    const a = geocode('梓潼县文昌镇');
    expect(geocode('梓潼县文昌镇')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
