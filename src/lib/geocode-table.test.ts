import { describe, expect, it } from 'vitest';
import { formatCounts, GEO_COLUMNS, geocodeTable, memoGeocoder, type Geocoder } from './geocode-table.ts';
import type { Table } from './read/types.ts';
import type { GeoResult } from './types.ts';

/** A stand-in geocoder with one answer of each kind, so these tests do not move when the gazetteer does. */
const stub: Geocoder = (text) => {
  const answers: Record<string, GeoResult> = {
    涪城区: { status: 'resolved', countyCode: '510703', county: '涪城区', confidence: { rule: 'exact-county', score: 1 }, note: 'matched 涪城区' },
    高新区: { status: 'resolved', countyCode: '510703', county: '涪城区', park: '高新区', confidence: { rule: 'park', score: 1 }, note: 'matched 高新区' },
    新区: { status: 'ambiguous', confidence: { rule: 'park-alias', score: 0.5 }, note: '2 candidates' },
  };
  if (text === '炸') throw new Error('boom');
  return answers[text] ?? { status: 'unresolved', confidence: { rule: 'none', score: 0 }, note: 'no Mianyang place name found' };
};

const table = (rows: Table['rows']): Table => ({
  format: 'csv', headers: ['名称', '属地'], rows, encoding: 'utf-8', skippedTitleRows: 0, titleRows: [], trailingBlankRows: 0, sourceUnit: 'line',
});

describe('geocodeTable', () => {
  it('one output row per input row, in order, with each status counted', () => {
    const out = geocodeTable(
      table([
        { index: 1, sourceLine: 2, cells: ['长虹', '高新区'] },
        { index: 2, sourceLine: 3, cells: ['九洲', '新区'] },
        { index: 3, sourceLine: 4, cells: ['某公司', '上海'] },
        { index: 4, sourceLine: 5, cells: ['短', ''], problem: 'short row: 1 of 2 cells' },
        { index: 5, sourceLine: 6, cells: ['长', '涪城区', '多', '余'], problem: 'long row: 4 cells for 2 columns' },
        { index: 6, sourceLine: 7, cells: ['炸', '炸'] },
      ]),
      1,
      stub,
    );
    expect(out.headers).toEqual(['名称', '属地', ...GEO_COLUMNS]);
    expect(out.rows).toEqual([
      ['长虹', '高新区', 'resolved', '510703', '涪城区', '高新区', '', 'park:1', 'matched 高新区'],
      ['九洲', '新区', 'ambiguous', '', '', '', '', 'park-alias:0.5', '2 candidates'],
      ['某公司', '上海', 'unresolved', '', '', '', '', 'none:0', 'no Mianyang place name found'],
      ['短', '', 'rejected', '', '', '', '', 'row:0', 'short row: 1 of 2 cells'],
      ['长', '涪城区', 'rejected', '', '', '', '', 'row:0', 'long row: 4 cells for 2 columns; extra cells: 多 | 余'],
      ['炸', '炸', 'rejected', '', '', '', '', 'error:0', 'geocoder error: boom'],
    ]);
    expect(out.counts).toEqual({ rows: 6, resolved: 1, ambiguous: 1, unresolved: 1, rejected: 3 });
    expect(formatCounts(out.counts)).toBe('rows: 6, resolved: 1, ambiguous: 1, unresolved: 1, rejected: 3');
  });

  it('does not mutate the table', () => {
    const t = table([{ index: 1, sourceLine: 2, cells: ['长', '涪城区', '多'], problem: 'long row: 3 cells for 2 columns' }]);
    const before = structuredClone(t);
    geocodeTable(t, 1, stub);
    expect(t).toEqual(before);
  });

  it('memoGeocoder asks once per distinct text', () => {
    let calls = 0;
    const g = memoGeocoder((s) => (calls++, stub(s)));
    for (const s of ['涪城区', '涪城区', '高新区', '涪城区']) g(s);
    expect(calls).toBe(2);
  });
});
