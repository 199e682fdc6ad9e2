import { beforeAll, describe, expect, it } from 'vitest';
import { formatCounts, GEO_COLUMNS, geoCells, geocodeTable, memoGeocoder, type Geocoder } from './geocode-table.ts';
import { loadLang, translateMsg, translator, type Msg } from './i18n/index.ts';
import { geoCells as exportGeoCells } from './import/export.ts';
import type { Table } from './read/types.ts';
import type { GeoResult } from './types.ts';

/** A stand-in geocoder with one answer of each kind, so these tests do not move when the gazetteer does. */
const stub: Geocoder = (text) => {
  const answers: Record<string, GeoResult> = {
    涪城区: {
      status: 'resolved',
      countyCode: '510703',
      county: '涪城区',
      confidence: { rule: 'exact-county', score: 1 },
      note: { key: 'geo.matched', params: { names: '涪城区' } },
    },
    高新区: {
      status: 'resolved',
      countyCode: '510703',
      county: '涪城区',
      park: '高新区',
      confidence: { rule: 'park', score: 1 },
      note: { key: 'geo.matched', params: { names: '高新区' } },
    },
    新区: {
      status: 'ambiguous',
      confidence: { rule: 'park-alias', score: 0.5 },
      note: { key: 'geo.conflictingCounties', params: { counties: '涪城区、游仙区', names: '新区' } },
    },
  };
  if (text === '炸') throw new Error('boom');
  return answers[text] ?? { status: 'unresolved', confidence: { rule: 'none', score: 0 }, note: { key: 'geo.none' } };
};

/** The CLI's wording: English. */
const en = (m: Msg) => translateMsg('en', m);
beforeAll(() => loadLang('en'));

const table = (rows: Table['rows']): Table => ({
  format: 'csv',
  headers: ['名称', '属地'],
  rows,
  encoding: 'utf-8',
  skippedTitleRows: 0,
  titleRows: [],
  trailingBlankRows: 0,
  sourceUnit: 'line',
});

describe('geocodeTable', () => {
  it('one output row per input row, in order, with each status counted', () => {
    const out = geocodeTable(
      table([
        { index: 1, sourceLine: 2, cells: ['长虹', '高新区'] },
        { index: 2, sourceLine: 3, cells: ['九洲', '新区'] },
        { index: 3, sourceLine: 4, cells: ['某公司', '上海'] },
        { index: 4, sourceLine: 5, cells: ['短', ''], problems: [{ key: 'read.short', params: { n: 1, width: 2 } }] },
        { index: 5, sourceLine: 6, cells: ['长', '涪城区', '多', '余'], problems: [{ key: 'read.long', params: { n: 4, width: 2 } }] },
        { index: 6, sourceLine: 7, cells: ['炸', '炸'] },
      ]),
      1,
      stub,
      en,
    );
    expect(out.headers).toEqual(['名称', '属地', ...GEO_COLUMNS]);
    expect(out.rows).toEqual([
      ['长虹', '高新区', 'resolved', '510703', '涪城区', '高新区', '', 'park:1', 'matched 高新区'],
      ['九洲', '新区', 'ambiguous', '', '', '', '', 'park-alias:0.5', 'names places in different counties: 涪城区、游仙区 (新区)'],
      ['某公司', '上海', 'unresolved', '', '', '', '', 'none:0', 'no Mianyang place name found'],
      ['短', '', 'rejected', '', '', '', '', 'row:0', 'short row: 1 of 2 cells'],
      ['长', '涪城区', 'rejected', '', '', '', '', 'row:0', 'long row: 4 cells for 2 columns; extra cells: 多 | 余'],
      ['炸', '炸', 'rejected', '', '', '', '', 'error:0', 'geocoder error: boom'],
    ]);
    expect(out.counts).toEqual({ rows: 6, resolved: 1, ambiguous: 1, unresolved: 1, rejected: 3 });
    expect(formatCounts(out.counts)).toBe('rows: 6, resolved: 1, ambiguous: 1, unresolved: 1, rejected: 3');
  });

  it('does not mutate the table', () => {
    const t = table([{ index: 1, sourceLine: 2, cells: ['长', '涪城区', '多'], problems: [{ key: 'read.long', params: { n: 3, width: 2 } }] }]);
    const before = structuredClone(t);
    geocodeTable(t, 1, stub, en);
    expect(t).toEqual(before);
  });

  it('memoGeocoder asks once per distinct text', () => {
    let calls = 0;
    const g = memoGeocoder((s) => (calls++, stub(s)));
    for (const s of ['涪城区', '涪城区', '高新区', '涪城区']) g(s);
    expect(calls).toBe(2);
  });
});

describe('GEO_COLUMNS', () => {
  const parkResult = stub('高新区');

  it("geoCells gives one cell per column, in the constant's order", () => {
    expect(GEO_COLUMNS).toEqual(['geo_status', 'geo_county_code', 'geo_county', 'geo_park', 'geo_town', 'geo_confidence', 'geo_note']);
    expect(geoCells(parkResult, 'matched 高新区')).toEqual(['resolved', '510703', '涪城区', '高新区', '', 'park:1', 'matched 高新区']);
  });

  it('the browser export writes the same cells as the CLI for the same result', () => {
    expect(exportGeoCells(parkResult, translator('en'))).toEqual(geoCells(parkResult, 'matched 高新区'));
    expect(exportGeoCells(parkResult, translator('zh'))).toEqual(geoCells(parkResult, '匹配 高新区'));
    const cli = geocodeTable(table([{ index: 1, sourceLine: 2, cells: ['长虹', '高新区'] }]), 1, stub, en);
    expect(cli.rows[0]!.slice(2)).toEqual(exportGeoCells(parkResult, translator('en')));
  });

  it('a table that already has geo_* columns gets them replaced, not a second set', () => {
    const first = geocodeTable(
      table([
        { index: 1, sourceLine: 2, cells: ['长虹', '高新区'] },
        { index: 2, sourceLine: 3, cells: ['九洲', '上海'] },
      ]),
      1,
      stub,
      en,
    );
    const again: Table = { ...table([]), headers: first.headers, rows: first.rows.map((cells, i) => ({ index: i + 1, sourceLine: i + 2, cells })) };
    const second = geocodeTable(again, 1, stub, en);
    expect(second.headers).toEqual(first.headers);
    expect(second.rows).toEqual(first.rows);
    expect(second.counts).toEqual(first.counts);
  });

  it('the location column is found after geo_* columns before it are dropped', () => {
    const t: Table = { ...table([{ index: 1, sourceLine: 2, cells: ['unresolved', '长虹', '涪城区'] }]), headers: ['geo_status', '名称', '属地'] };
    const out = geocodeTable(t, 2, stub, en);
    expect(out.headers).toEqual(['名称', '属地', ...GEO_COLUMNS]);
    expect(out.rows[0]!.slice(0, 3)).toEqual(['长虹', '涪城区', 'resolved']);
  });
});
