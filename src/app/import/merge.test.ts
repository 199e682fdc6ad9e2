// Merging imported lists into the app's data: a rename keeps the list's records (re-titled), anything else that changes
// what a record says makes them again. The real seed data and a real import (reader, geocoder, records).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData, type AppData } from '../data.ts';
import { mergeImports } from './merge.ts';
import { buildImport } from '../../lib/import/build.ts';
import { guessMapping } from '../../lib/import/mapping.ts';
import { geocode } from '../../lib/geocode/index.ts';
import { readTable } from '../../lib/read/index.ts';
import type { ImportedList } from '../../lib/import/types.ts';

let seed: AppData;
let list: ImportedList;
beforeAll(async () => {
  seed = await loadData();
  const t = await readTable(new TextEncoder().encode('企业名称,所在地\n四川长虹电器股份有限公司,高新区\n绵阳某公司,江油市\n'), 'p.csv');
  list = buildImport(t, guessMapping(t.headers), geocode, {}, { id: 'import-m', name: '我的项目', fileName: 'p.csv', importedAt: '2026-12-01T00:00:00.000Z' });
});

const mine = (d: AppData) => d.placed.filter((p) => p.record.list === 'import-m');

describe('mergeImports', () => {
  it('a renamed list keeps its record objects, each now titled with the new name', () => {
    const before = mine(mergeImports(seed, [list]));
    expect(before.map((p) => p.record.planTitle)).toEqual(['我的项目', '我的项目']);
    const renamed: ImportedList = { ...list, meta: { ...list.meta, name: '改名后', nameEn: '改名后' } };
    const after = mine(mergeImports(seed, [renamed]));
    expect(after).toHaveLength(2);
    after.forEach((p, i) => expect(p).toBe(before[i]));
    expect(after.map((p) => p.record.planTitle)).toEqual(['改名后', '改名后']);
    expect(mergeImports(seed, [renamed]).lists.at(-1)!.name).toBe('改名后');
  });

  it('a list with other rows (a fix) or another mapping gets records of its own', () => {
    const before = mine(mergeImports(seed, [list]));
    const fixed: ImportedList = { ...list, rows: list.rows.map((r) => ({ ...r })) };
    expect(mine(mergeImports(seed, [fixed]))[0]).not.toBe(before[0]);
    const remapped: ImportedList = { ...list, mapping: { ...list.mapping } };
    const again = mine(mergeImports(seed, [remapped]));
    expect(again[0]).not.toBe(before[0]);
    expect(again.map((p) => p.record.name)).toEqual(before.map((p) => p.record.name));
  });
});
