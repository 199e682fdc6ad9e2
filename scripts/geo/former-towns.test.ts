import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import former from '../../geo/former-towns.json' with { type: 'json' };
import towns from '../../geo/towns.json' with { type: 'json' };
import { streetName, successorIn, VINTAGES } from './former-towns.ts';

const t = (code: string, name: string) => ({ code, name, countyCode: code.slice(0, 6) });
const v = (name: string, townCode: string) => ({ name, townCode, countyCode: townCode.slice(0, 6) });

describe('the releases diffed', () => {
  it.each(VINTAGES)('$pkg holds the $year codes of the statistics bureau', ({ dist, year }) => {
    const readme = readFileSync(join(dist, '..', 'README.md'), 'utf8');
    expect(readme).toContain(`${year}年统计用区划代码和城乡划分代码`);
  });
});

describe('successorIn: evidence only', () => {
  it('a township made a town keeps its name with another suffix', () => {
    expect(successorIn(t('510722202', '双胜乡'), [t('510722146', '双胜镇'), t('510722100', '北坝镇')], [], [])?.name).toBe('双胜镇');
  });

  it('villages: half or more found by name, all in one town', () => {
    const gone = t('510723111', '安家镇');
    const before = [v('安居社区', '510723111'), v('石牛村', '510723111'), v('梨垭村', '510723111')];
    expect(successorIn(gone, [t('510723100', '云溪镇')], before, [v('安居社区', '510723100'), v('石牛村', '510723100')])?.name).toBe('云溪镇');
    // Split between two towns, or too few found: unknown, never a guess.
    const two = [t('510723100', '云溪镇'), t('510723101', '玉龙镇')];
    expect(successorIn(gone, two, before, [v('安居社区', '510723100'), v('石牛村', '510723101')])).toBeUndefined();
    expect(successorIn(gone, two, before, [v('安居社区', '510723100')])).toBeUndefined();
    // A village name found twice in the county says nothing.
    expect(successorIn(gone, two, before, [v('安居社区', '510723100'), v('石牛村', '510723100'), v('石牛村', '510723101')])).toBeUndefined();
  });

  it('an office suffix is the same street, not a former name', () => {
    expect(streetName('石塘街道办事处')).toBe('石塘街道');
    expect(streetName('游仙街道办')).toBe('游仙街道');
    expect(streetName('城郊乡街道')).toBe('城郊乡街道');
  });
});

describe('geo/former-towns.json', () => {
  it('holds 安家镇 of 盐亭县, gone between the 2019 and 2020 codes, successor unknown', () => {
    expect(former.find((f) => f.name === '安家镇')).toEqual({ name: '安家镇', countyCode: '510723', lastListed: 2019, goneBy: 2020 });
  });

  it('no former name is a current one, and every successor is a current town of the same county', () => {
    const now = new Map((towns as { name: string; countyCode: string }[]).map((x) => [x.name, x.countyCode]));
    expect(former.filter((f) => now.has(f.name))).toEqual([]);
    for (const f of former as { name: string; countyCode: string; successor?: string }[]) if (f.successor) expect([f.name, now.get(f.successor)]).toEqual([f.name, f.countyCode]);
  });
});
