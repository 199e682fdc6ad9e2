import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geocode } from '../geocode/index.ts';
import { readTable } from '../read/index.ts';
import type { Table } from '../read/types.ts';
import { translateMsg, translator, type Msg } from '../i18n/index.ts';
import { applyFix, buildImport, fixResult, needsAttention, upgradeStored } from './build.ts';
import { guessMapping } from './mapping.ts';
import { problemText } from './messages.ts';
import type { ImportedList } from './types.ts';
import { toPlaced, toRecords } from './records.ts';
import countiesJson from '../../../geo/counties.json';
import parksJson from '../../../geo/parks.json';
import type { County, Park } from '../types.ts';

const FIX = resolve(import.meta.dirname, '../../../tests/fixtures/in');
const read = (f: string) => readTable(new Uint8Array(readFileSync(resolve(FIX, f))), f);
const info = (id = 'import-t') => ({ id, name: '测试名单', fileName: 'test.csv', importedAt: '2026-11-25T08:00:00.000Z' });
const counties = countiesJson as County[];
const parks = parksJson as Park[];
const zh = translator('zh');
/** Each row's problems as the Chinese report says them. */
const said = (l: ImportedList) => l.rows.map((r) => r.problems.map((p) => problemText(zh, p, r.sourceLine, l.sourceUnit)));

/** A small in-memory CSV-like table, as readTable would give it. */
function table(headers: string[], rows: string[][], problems: Record<number, Msg[]> = {}): Table {
  return {
    format: 'csv',
    encoding: 'utf-8',
    headers,
    sourceUnit: 'line',
    skippedTitleRows: 0,
    titleRows: [],
    trailingBlankRows: 0,
    rows: rows.map((cells, i) => ({ index: i + 1, sourceLine: i + 2, cells, ...(problems[i + 1] ? { problems: problems[i + 1] } : {}) })),
  };
}

describe('buildImport on the fixtures', () => {
  it('GBK CSV with title rows: 6 rows, all resolved, lines 5–10, 高新区 placed at the park', async () => {
    const t = await read('gbk-with-title-row.csv');
    const l = buildImport(t, guessMapping(t.headers), geocode, {}, info());
    expect(l.counts).toEqual({ rows: 6, resolved: 6, ambiguous: 0, unresolved: 0, rejected: 0 });
    expect(l.rows.map((r) => r.sourceLine)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(l.meta).toMatchObject({
      plan: 'import',
      planName: '我的名单',
      rows: 6,
      hasInvestment: false,
      tableTitle: '附件2 绵阳市2019年智能制造示范企业名单',
      asOf: '2026-11-25',
    });
    const placed = toPlaced(l, counties, parks);
    expect(placed).toHaveLength(6);
    const changhong = placed[1]!;
    expect(changhong.record).toMatchObject({
      id: 'import-t:2',
      name: '四川长虹电器股份有限公司',
      location: '高新区',
      row: 2,
      line: 6,
      doc: 'test.csv',
      industry: '电子信息',
      extra: { 序号: '2' },
    });
    expect(changhong.loc).toMatchObject({
      unit: '高新区',
      countyCode: '510703',
      kind: 'park',
      parkId: parks.find((p) => p.name === '高新区')!.id,
      source: 'printed',
    });
    expect(changhong.point).toEqual(parks.find((p) => p.name === '高新区')!.point);
    expect(placed[0]!.point).toEqual(counties.find((c) => c.code === '510703')!.point);
  });

  it('XLSX with a title row: amounts in 亿元 become 万元, the blank amount stays unknown', async () => {
    const t = await read('xlsx-with-title-row.xlsx');
    const l = buildImport(t, guessMapping(t.headers), geocode, {}, info());
    expect(l.rows.map((r) => r.investmentWan)).toEqual([21500, 3000, undefined, 43000]);
    expect(l.meta.hasInvestment).toBe(true);
    expect(toRecords(l).map((r) => r.investmentPrinted)).toEqual(['2.15', '0.3', undefined, '4.3']);
    expect(l.rows[3]!.geo).toMatchObject({ status: 'resolved', county: '安州区' });
  });

  it("short, long and empty rows are rejected with the reader's reason, reported, and not records", async () => {
    const t = await read('short-and-long-rows.csv');
    const l = buildImport(t, guessMapping(t.headers), geocode, {}, info());
    expect(l.counts).toEqual({ rows: 6, resolved: 2, ambiguous: 0, unresolved: 0, rejected: 4 });
    expect(l.rows[1]!.problems).toEqual([{ code: 'reader', msg: { key: 'read.short', params: { n: 2, width: 4 } } }]);
    expect(said(l).flat()).toEqual([
      '第 3 行：缺少单元格（只有 2 个，表头有 4 列）',
      '第 4 行：单元格过多（6 个，表头只有 4 列）',
      '第 5 行：空行',
      '第 6 行：空行',
    ]);
    expect(translateMsg('zh', l.rows[2]!.geo.note)).toBe('单元格过多（6 个，表头只有 4 列）；多出的单元格：多出来的单元格 | 另一个');
    expect(l.meta.rows).toBe(2);
    expect(toRecords(l).map((r) => r.name)).toEqual(['四川长虹电器股份有限公司', '江油某公司']);
  });

  it('JSON elements are 第 N 项', async () => {
    const t = await read('json-array.json');
    const l = buildImport(t, guessMapping(t.headers), geocode, {}, info());
    expect(said(l).flat()).toEqual(['第 4 项：不是对象，而是字符串', '第 5 项：空行']);
  });
});

describe('validation problems stay on the row; the row is still imported', () => {
  const t = table(
    ['名称', '属地', '总投资（亿元）'],
    [
      ['甲公司', '涪城区', 'abc'],
      ['', '游仙区', '2.5亿元'],
      ['丙公司', '', '１２'],
      ['丁公司', '高新区、经开区', ''],
      ['戊公司', '火星', '-3'],
    ],
  );
  const l = buildImport(t, guessMapping(t.headers), geocode, {}, info());
  it('gives one message per problem, with the file line', () => {
    expect(l.rows[0]!.problems).toEqual([{ code: 'amountNaN', text: 'abc' }]);
    expect(said(l)).toEqual([['第 2 行：金额 "abc" 不是数字'], ['第 3 行：名称为空'], ['第 4 行：所在地为空'], [], ['第 6 行：金额 "-3" 是负数']]);
    expect(l.rows.map((r) => r.investmentWan)).toEqual([undefined, 25000, 120000, undefined, undefined]);
  });
  it('counts every row in exactly one status', () => {
    expect(l.counts).toEqual({ rows: 5, resolved: 2, ambiguous: 1, unresolved: 1, rejected: 1 });
    expect(l.rows.filter(needsAttention).map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    expect(toRecords(l).map((r) => r.name)).toEqual(['甲公司', '（未命名）第 2 条', '丙公司', '丁公司', '戊公司']);
  });
  it('unplaced rows are records without a point (counted under 未定位)', () => {
    const placed = toPlaced(l, counties, parks);
    expect(placed.map((p) => p.loc.source)).toEqual(['printed', 'printed', 'none', 'none', 'none']);
    expect(placed.filter((p) => p.point).length).toBe(2);
  });
});

describe('fixes', () => {
  const t = table(
    ['名称', '属地'],
    [
      ['甲', '高新区、经开区'],
      ['乙', '火星'],
      ['丙', ' 高新区、经开区 '],
      ['丁', '涪城区'],
    ],
  );
  const fix = { countyCode: '510703', county: '涪城区', park: '经开区' };
  it('applyFix settles every row with the same text and recounts', () => {
    const l = buildImport(t, guessMapping(t.headers), geocode, {}, info());
    expect(l.counts).toMatchObject({ resolved: 1, ambiguous: 2, unresolved: 1 });
    const { list, changed } = applyFix(l, '高新区、经开区', fix);
    expect(changed).toBe(2);
    expect(list.counts).toEqual({ rows: 4, resolved: 3, ambiguous: 0, unresolved: 1, rejected: 0 });
    expect(list.rows[0]!.geo).toEqual({
      status: 'resolved',
      countyCode: '510703',
      county: '涪城区',
      park: '经开区',
      confidence: { rule: 'user-fix', score: 1 },
      note: { key: 'import.fix.note', params: { place: { key: 'import.place.park', params: { park: '经开区', county: '涪城区' } } } },
    });
    expect(translateMsg('zh', list.rows[0]!.geo.note)).toBe('用户指定：经开区（涪城区）');
    expect(list.rows[0]!.fixed).toBe(true);
    expect(l.counts.ambiguous).toBe(2);
  });
  it('a remembered fix is applied on the next import of the same text', () => {
    const l = buildImport(t, guessMapping(t.headers), geocode, { '高新区、经开区': fix, 火星: { countyCode: '510704', county: '游仙区' } }, info());
    expect(l.counts).toEqual({ rows: 4, resolved: 4, ambiguous: 0, unresolved: 0, rejected: 0 });
    expect(l.rows.map((r) => r.fixed ?? false)).toEqual([true, true, true, false]);
    expect(l.rows[1]!.geo).toEqual(fixResult({ countyCode: '510704', county: '游仙区' }));
    expect(translateMsg('zh', l.rows[1]!.geo.note)).toBe('用户指定：游仙区');
  });
  it('a fix never overrides a text the geocoder resolved', () => {
    const l = buildImport(t, guessMapping(t.headers), geocode, { 涪城区: { countyCode: '510704', county: '游仙区' } }, info());
    expect(l.rows[3]!.geo.county).toBe('涪城区');
  });
});

describe('bubbles for every list with amounts', () => {
  const rows = Array.from({ length: 1001 }, (_, i) => [`企业${i}`, '涪城区', '10']);
  const big = buildImport(table(['名称', '属地', '金额'], rows), guessMapping(['名称', '属地', '金额']), geocode, {}, info());

  it('more than 1000 rows with an amount: investment bubbles (summed per place), a note saying so, amounts kept', () => {
    expect(big.meta.hasInvestment).toBe(true);
    expect(big.notes).toEqual([{ key: 'import.note.noBubbles', params: { n: 1001, max: 1000 } }]);
    expect(big.notes.map((n) => translateMsg('zh', n))).toEqual([
      '有金额的行共 1001 行，超过 1000 行：地图上按地点合计，每个园区或区县画一个投资气泡，大小按该地投资合计（悬停可见项目数；每行金额仍保留在记录和导出中）',
    ]);
    expect(toRecords(big)[0]!.investmentWan).toBe(10);
    const small = buildImport(table(['名称', '属地', '金额'], rows.slice(0, 1000)), guessMapping(['名称', '属地', '金额']), geocode, {}, info());
    expect(small.meta.hasInvestment).toBe(true);
    expect(small.notes).toEqual([]);
  });

  it('a big list stored without bubbles by an earlier version gets them back; others are left as they are', () => {
    const old: ImportedList = { ...big, meta: { ...big.meta, hasInvestment: false } };
    const up = upgradeStored(old);
    expect(up.meta.hasInvestment).toBe(true);
    expect(up.rows).toBe(old.rows);
    expect(old.meta.hasInvestment).toBe(false);
    expect(upgradeStored(big)).toBe(big);
    const names = buildImport(table(['名称', '属地'], [['甲', '涪城区']]), guessMapping(['名称', '属地']), geocode, {}, info());
    expect(upgradeStored(names)).toBe(names);
  });
});
