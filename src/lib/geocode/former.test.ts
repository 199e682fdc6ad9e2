import { beforeAll, describe, expect, it } from 'vitest';
import { createGeocoder, geocode, listCounties, listFormerTowns, listParks, listTowns } from './index.ts';
import { loadLang, translateMsg } from '../i18n/index.ts';

beforeAll(() => loadLang('en'));

describe('former town names (geo/former-towns.json)', () => {
  it('安家镇 alone and 盐亭县安家镇 both resolve to 盐亭县, no town, with the note 原安家镇', () => {
    for (const [text, rule] of [
      ['安家镇', 'former-town'],
      ['盐亭县安家镇', 'address-county+former-town'],
      ['四川省绵阳市盐亭县安家镇人民路8号', 'address-county+former-town'],
    ] as const) {
      const r = geocode(text);
      expect([r.status, r.county, r.town, r.confidence.rule]).toEqual(['resolved', '盐亭县', undefined, rule]);
      expect(translateMsg('zh', r.note)).toBe('原安家镇（2019—2020 年撤并）');
      expect(translateMsg('en', r.note)).toBe('former 安家镇 (merged 2019–2020)');
    }
  });

  it('gives the successor town where the releases show it', () => {
    const r = geocode('游仙区小枧沟镇');
    expect([r.status, r.county, r.town]).toEqual(['resolved', '游仙区', '小枧镇']);
    expect(translateMsg('zh', r.note)).toBe('原小枧沟镇（2019—2020 年撤并，并入小枧镇）');
    expect(translateMsg('en', r.note)).toBe('former 小枧沟镇 (merged 2019–2020 into 小枧镇)');
  });

  it('never guesses a successor: every recorded one is a current town of the same county', () => {
    const current = new Map(listTowns().map((t) => [t.name, t.countyCode]));
    const former = listFormerTowns();
    expect(former.length).toBeGreaterThan(100);
    for (const f of former.filter((x) => x.successor)) expect([f.name, current.get(f.successor!)]).toEqual([f.name, f.countyCode]);
    // …and none is itself a current name (a current name keeps its current meaning).
    expect(former.filter((f) => current.has(f.name))).toEqual([]);
    expect(geocode('安家镇').town).toBeUndefined();
  });

  it('a former name in another county than the one printed is ambiguous, as any town would be', () => {
    expect(geocode('涪城区安家镇').status).toBe('ambiguous');
    expect(geocode('涪城区安家镇').candidates).toEqual([
      { countyCode: '510703', county: '涪城区', matched: '涪城区' },
      { countyCode: '510723', county: '盐亭县', matched: '安家镇' },
    ]);
  });

  it('a current town wins over a former name of the same spelling', () => {
    const g = createGeocoder({
      counties: listCounties(),
      parks: listParks(),
      towns: listTowns(),
      outside: [],
      former: [{ name: '玉龙镇', countyCode: '510703', lastListed: 2019, goneBy: 2020 }],
    });
    expect([g.geocode('玉龙镇').county, g.geocode('玉龙镇').town]).toEqual(['盐亭县', '玉龙镇']);
  });
});
