import { describe, expect, it } from 'vitest';
import { geocode } from '../geocode/index.ts';
import type { Table } from '../read/types.ts';
import { buildImport } from './build.ts';
import { locationOf, toPlaced, toRecords, uniqueHeaders } from './records.ts';
import counties from '../../../geo/counties.json';
import parks from '../../../geo/parks.json';
import type { County, Park } from '../types.ts';

describe('uniqueHeaders', () => {
  it('keeps every column: blanks get a position name, repeats a suffix', () => {
    expect(uniqueHeaders(['名称', '', '备注', '备注', ' '])).toEqual(['名称', '第2列', '备注', '备注_2', '第5列']);
  });
  it('never reuses a key: a generated suffix or a reserved name moves on to the next free suffix', () => {
    expect(uniqueHeaders(['备注', '备注', '备注_2'])).toEqual(['备注', '备注_2', '备注_2_2']);
    expect(uniqueHeaders(['企业', 'geo_status', 'geo_status_2'], ['geo_status'])).toEqual(['企业', 'geo_status_2', 'geo_status_2_2']);
  });
});

describe('toRecords', () => {
  it('puts the unmapped columns in extra under their headers, provenance = file, row, line', () => {
    const t: Table = {
      format: 'xlsx',
      encoding: 'xlsx',
      sheet: '名单',
      headers: ['项目名称', '属地', '备注', '备注', '总投资'],
      sourceUnit: 'row',
      skippedTitleRows: 1,
      titleRows: ['表1 重点项目'],
      trailingBlankRows: 0,
      rows: [{ index: 1, sourceLine: 3, cells: ['智能工厂', '江油市', '一期', '', '８００'] }],
    };
    const l = buildImport(
      t,
      { name: 0, location: 1, amount: 4, unit: '万元', category: -1 },
      geocode,
      {},
      { id: 'import-r', name: '重点项目', fileName: '项目.xlsx', importedAt: '2026-11-25T08:00:00.000Z' },
    );
    expect(toRecords(l)).toEqual([
      {
        id: 'import-r:1',
        list: 'import-r',
        doc: '项目.xlsx',
        docTitle: '项目.xlsx',
        plan: 'import',
        planTitle: '重点项目',
        table: '名单',
        tableTitle: '表1 重点项目',
        row: 1,
        line: 3,
        kind: 'project',
        name: '智能工厂',
        namePrinted: '智能工厂',
        location: '江油市',
        locationPrinted: '江油市',
        extra: { 备注: '一期' },
        corrections: [],
        investmentWan: 800,
        investmentPrinted: '８００',
      },
    ]);
  });
});

describe('toPlaced', () => {
  it('rows of the same geocoder answer share one location, and each row keeps its own record', () => {
    const t: Table = {
      format: 'csv',
      encoding: 'utf-8',
      headers: ['企业', '属地'],
      sourceUnit: 'line',
      skippedTitleRows: 0,
      titleRows: [],
      trailingBlankRows: 0,
      rows: ['高新区', '江油市', '高新区', '火星'].map((place, i) => ({ index: i + 1, sourceLine: i + 2, cells: [`企业${i + 1}`, place] })),
    };
    const l = buildImport(
      t,
      { name: 0, location: 1, amount: -1, unit: '万元', category: -1 },
      geocode,
      {},
      {
        id: 'import-s',
        name: '名单',
        fileName: 'a.csv',
        importedAt: '2026-12-07T00:00:00.000Z',
      },
    );
    const p = toPlaced(l, counties as County[], parks as Park[]);
    expect(p.map((x) => x.record.name)).toEqual(['企业1', '企业2', '企业3', '企业4']);
    expect(p[0]!.loc).toBe(p[2]!.loc);
    expect(p[0]!.loc).toMatchObject({ kind: 'park', unit: '高新区', countyCode: '510703' });
    expect(p[1]!.loc).not.toBe(p[0]!.loc);
    expect(p[3]!.loc.countyCode).toBeUndefined();
    expect(p[0]!.record).not.toBe(p[2]!.record);
    expect(Object.isFrozen(p[0]!.record.corrections)).toBe(true);
  });
});

describe('locationOf', () => {
  it('maps a resolved park to a park unit with its gazetteer id; anything else to none with the note', () => {
    const ids = new Map([['高新区', 'gaoxin']]);
    expect(locationOf(geocode('高新区'), ids)).toEqual({
      unit: '高新区',
      countyCode: '510703',
      county: '涪城区',
      kind: 'park',
      parkId: 'gaoxin',
      source: 'printed',
      note: { key: 'geo.matched', params: { names: '高新区' } },
    });
    expect(locationOf(geocode('火星'), ids)).toEqual({ source: 'none', note: { key: 'geo.none' } });
  });
});
