import { beforeAll, describe, expect, it } from 'vitest';
import { geocode } from '../geocode/index.ts';
import { loadLang, translator } from '../i18n/index.ts';
import type { Table } from '../read/types.ts';
import type { County, Park } from '../types.ts';
import countiesJson from '../../../geo/counties.json';
import parksJson from '../../../geo/parks.json';
import { applyFix, buildImport } from './build.ts';
import { csvHead, csvRows, exportCsv, exportFileName, exportGeoJson, exportParts, featureWriter, geoJsonFeatures, geoJsonHead, geoJsonTail } from './export.ts';
import { guessMapping } from './mapping.ts';

const t: Table = {
  format: 'csv',
  encoding: 'utf-8',
  headers: ['企业名称', '属地', '投资（万元）'],
  sourceUnit: 'line',
  skippedTitleRows: 0,
  titleRows: [],
  trailingBlankRows: 0,
  rows: [
    { index: 1, sourceLine: 2, cells: ['=HYPERLINK("http://x","点我")', '高新区', '12,000'] },
    { index: 2, sourceLine: 3, cells: ['<img src=x onerror="window.__xss=1">', '火星', 'abc'] },
    { index: 3, sourceLine: 4, cells: ['', ''], problems: [{ key: 'read.short', params: { n: 2, width: 3 } }] },
  ],
};
const list = buildImport(
  t,
  guessMapping(t.headers),
  geocode,
  {},
  { id: 'import-e', name: '我的/名单.csv', fileName: 'a.csv', importedAt: '2026-11-25T08:00:00.000Z' },
);
const zh = translator('zh');
const en = translator('en');
beforeAll(() => loadLang('en'));

describe('exportCsv', () => {
  it('writes every row, BOM + CRLF, formulas neutralised, geo columns like the CLI (notes in the UI language) plus line and problems', () => {
    expect(exportCsv(list, zh)).toBe(
      '\uFEFF企业名称,属地,投资（万元）,geo_status,geo_county_code,geo_county,geo_park,geo_town,geo_confidence,geo_note,source_line,import_problems\r\n' +
        `"'=HYPERLINK(""http://x"",""点我"")",高新区,"12,000",resolved,510703,涪城区,高新区,,park:1,匹配 高新区,2,\r\n` +
        `"<img src=x onerror=""window.__xss=1"">",火星,abc,unresolved,,,,,none:0,没有找到绵阳的地名,3,"第 3 行：金额 ""abc"" 不是数字"\r\n` +
        ',,,rejected,,,,,row:0,缺少单元格（只有 2 个，表头有 3 列）,4,第 4 行：缺少单元格（只有 2 个，表头有 3 列）\r\n',
    );
  });
});

describe('exportGeoJson', () => {
  const gj = exportGeoJson(list, countiesJson as County[], parksJson as Park[], zh);
  it('has one feature per row; unplaced rows keep null geometry', () => {
    expect(gj.features).toHaveLength(3);
    expect(gj.features.map((f) => f.geometry?.type ?? null)).toEqual(['Point', null, null]);
    expect(gj.features[0]!.geometry!.coordinates).toEqual((parksJson as Park[]).find((p) => p.name === '高新区')!.point);
  });
  it('carries all columns as properties', () => {
    expect(gj.features[0]!.properties).toEqual({
      企业名称: '=HYPERLINK("http://x","点我")',
      属地: '高新区',
      '投资（万元）': '12,000',
      geo_status: 'resolved',
      geo_county_code: '510703',
      geo_county: '涪城区',
      geo_park: '高新区',
      geo_town: '',
      geo_confidence: 'park:1',
      geo_note: '匹配 高新区',
      source_line: 2,
      import_problems: '',
      investment_wan: 12000,
    });
  });
});

describe('exportFileName', () => {
  it('strips path separators and the extension', () => {
    expect(exportFileName(list, 'csv')).toBe('我的_名单-geocoded.csv');
    expect(exportFileName(list, 'geojson')).toBe('我的_名单-geocoded.geojson');
  });
});

describe('exportGeoJson of a re-imported geocode output', () => {
  it("keeps the file's own geo_status beside ours: no property overwrites another", () => {
    const again: Table = { ...t, headers: ['企业名称', '属地', 'geo_status'], rows: [{ index: 1, sourceLine: 2, cells: ['长虹', '涪城区', 'unresolved'] }] };
    const l = buildImport(
      again,
      guessMapping(again.headers),
      geocode,
      {},
      { id: 'import-g', name: 'g', fileName: 'g.csv', importedAt: '2026-11-25T08:00:00.000Z' },
    );
    const p = exportGeoJson(l, countiesJson as County[], parksJson as Park[], zh).features[0]!.properties;
    expect([p.geo_status, p.geo_status_2]).toEqual(['resolved', 'unresolved']);
  });
});

describe("export language: the app's own text follows the UI, the columns do not", () => {
  const fixed = applyFix(list, '火星', { countyCode: '510704', county: '游仙区' }).list;

  it('in English: same header line and cells, problems and the fix note in English', () => {
    const [zhHead, ...zhRows] = exportCsv(fixed, zh).split('\r\n');
    const [enHead, ...enRows] = exportCsv(fixed, en).split('\r\n');
    expect(enHead).toBe(zhHead);
    expect(zhRows[1]).toBe(
      `"<img src=x onerror=""window.__xss=1"">",火星,abc,resolved,510704,游仙区,,,user-fix:1,用户指定：游仙区,3,"第 3 行：金额 ""abc"" 不是数字"`,
    );
    expect(enRows[1]).toBe(
      `"<img src=x onerror=""window.__xss=1"">",火星,abc,resolved,510704,游仙区,,,user-fix:1,set by the user: 游仙区,3,"Line 3: amount ""abc"" is not a number"`,
    );
    expect(enRows[2]).toBe(',,,rejected,,,,,row:0,short row: 2 of 3 cells,4,Line 4: short row: 2 of 3 cells');
    // The geocoder's notes follow the UI too; in English they are the CLI's text.
    expect(zhRows[0]).toBe(`"'=HYPERLINK(""http://x"",""点我"")",高新区,"12,000",resolved,510703,涪城区,高新区,,park:1,匹配 高新区,2,`);
    expect(enRows[0]).toBe(`"'=HYPERLINK(""http://x"",""点我"")",高新区,"12,000",resolved,510703,涪城区,高新区,,park:1,matched 高新区,2,`);
  });

  it("GeoJSON: a blank header is named in the UI language; the user's headers stay as typed", () => {
    const blank: Table = { ...t, headers: ['企业名称', '属地', ''], rows: [{ index: 1, sourceLine: 2, cells: ['长虹', '涪城区', 'x'] }] };
    const l = buildImport(
      blank,
      guessMapping(blank.headers),
      geocode,
      {},
      { id: 'import-b', name: 'b', fileName: 'b.csv', importedAt: '2026-11-25T08:00:00.000Z' },
    );
    const keys = (tr: typeof zh) => Object.keys(exportGeoJson(l, countiesJson as County[], parksJson as Park[], tr).features[0]!.properties).slice(0, 3);
    expect(keys(zh)).toEqual(['企业名称', '属地', '第3列']);
    expect(keys(en)).toEqual(['企业名称', '属地', 'column 3']);
    expect(exportGeoJson(fixed, countiesJson as County[], parksJson as Park[], en).features[1]!.properties).toMatchObject({
      geo_note: 'set by the user: 游仙区',
      import_problems: 'Line 3: amount "abc" is not a number',
    });
  });
});

describe('the export written a chunk at a time (as the worker does) is the same bytes as written whole', () => {
  // Every split of the 3 rows: chunks of 1, 2 and 3 rows, so a boundary falls after each row.
  const chunks = (size: number) => Array.from({ length: Math.ceil(list.rows.length / size) }, (_, i) => list.rows.slice(i * size, (i + 1) * size));

  it.each([1, 2, 3])('CSV in chunks of %i rows', (size) => {
    expect(
      csvHead(list) +
        chunks(size)
          .map((c) => csvRows(list, c, en))
          .join(''),
    ).toBe(exportCsv(list, en));
  });

  it.each([1, 2, 3])('GeoJSON in chunks of %i rows', (size) => {
    const f = featureWriter(list, countiesJson as County[], parksJson as Park[], zh);
    const text =
      geoJsonHead(list) +
      chunks(size)
        .map((c, i) => geoJsonFeatures(c, f, i === 0))
        .join('') +
      geoJsonTail;
    expect(text).toBe(JSON.stringify(exportGeoJson(list, countiesJson as County[], parksJson as Park[], zh)));
    expect((JSON.parse(text) as { features: unknown[] }).features).toHaveLength(3);
  });

  it('a list with no rows is still a valid GeoJSON FeatureCollection', () => {
    const empty = { ...list, rows: [] };
    expect(JSON.parse(geoJsonHead(empty) + geoJsonTail)).toEqual(exportGeoJson(empty, [], [], zh));
  });
});

describe('exportParts', () => {
  it.each(['csv', 'geojson'] as const)('%s: head + chunks + tail is the whole file', (format) => {
    const parts = exportParts(format, list, countiesJson as County[], parksJson as Park[], en);
    const text = parts.head + parts.rows(list.rows.slice(0, 2), true) + parts.rows(list.rows.slice(2), false) + parts.tail;
    expect(text).toBe(format === 'csv' ? exportCsv(list, en) : JSON.stringify(exportGeoJson(list, countiesJson as County[], parksJson as Park[], en)));
  });
});
