// The analysis drawer in English: every tab (district, gaps, ranking, targets, quality) and the enterprise search
// speak English, while the data stays as printed — list, enterprise and place names, tables, cited rows. The check
// that no Chinese chrome is left takes the drawer's visible text and its labels, removes every string the data files
// contain and the printed-row citations, and requires that no Han character remains; in Chinese the same check finds
// plenty, so it can fail. Switching back gives the Chinese drawer again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { County, ListMeta, SeedRecord, TargetRecord } from '../../src/lib/types.ts';
import { COUNTY_PINYIN, ROOT, clickCounty, settle, shot, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const read = <T>(p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8')) as T;
const records = read<SeedRecord[]>('data/records.json');
const lists = read<ListMeta[]>('data/lists.json');
/** A list's name in English mode: as printed, its English gloss beside it. */
const gloss = (l: { name: string; nameEn: string }) => `${l.name} (${l.nameEn})`;
const targets = read<TargetRecord[]>('data/targets.json');
const counties = read<County[]>('geo/counties.json');
const HAN = /\p{Script=Han}/u;

/** Row citations ("第12行", "第1–12行", "第1项（正文第9行）") stay as printed in either language. */
const CITES = [/第\d+项（正文第\d+行）/g, /第[\d–、]+行/g];

/** Every string in the data files (names, places, tables, printed values, correction reasons): data, not chrome. */
const DATA = (() => {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (HAN.test(v)) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const f of ['data/records.json', 'data/lists.json', 'data/targets.json', 'geo/counties.json', 'geo/parks.json']) walk(read(f));
  // A bare citation in the data ("第121行") is left to CITES, so it cannot cut a longer citation in two.
  return [...out].filter((s) => !CITES.some((re) => s.replace(re, '') === '')).sort((a, b) => b.length - a.length);
})();

/** The text with the data taken out: what is left is the app's own words. */
function chrome(text: string): string {
  // Data first (a correction reason may quote "同表第5行"), then the citations.
  let rest = text;
  for (const d of DATA) if (rest.includes(d)) rest = rest.split(d).join(' ');
  return CITES.reduce((s, re) => s.replace(re, ' '), rest);
}

/** Han characters left in the drawer's visible text and its aria-labels, titles and placeholders, with context. */
async function chineseChrome(): Promise<string[]> {
  const drawer = h.page.getByTestId('drawer');
  const text = await drawer.innerText();
  const attrs = await drawer.evaluate((el) =>
    [el, ...el.querySelectorAll('*')].flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '')).filter(Boolean),
  );
  return [text, ...attrs].map(chrome).flatMap((s) => [...s.matchAll(/.{0,12}\p{Script=Han}.{0,12}/gu)].map((m) => m[0].trim()));
}

const texts = (sel: string) => h.page.locator(sel).allInnerTexts();
const snapshot = () => h.page.evaluate(() => window.__appState);
/** Clicks an export button and reads the file it downloads: its name and header line. */
const csvOf = async (click: () => Promise<void>) => {
  const [download] = await Promise.all([h.page.waitForEvent('download'), click()]);
  const text = readFileSync(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), header: text.replace(/^\uFEFF/, '').split('\r\n')[0]! };
};

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1280, height: 800 } });
  await h.page.goto(h.url);
  await waitForMap(h.page);
  await settle(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('the analysis drawer in English', () => {
  it('the district tab: English headings and labels, names as printed, the place name with its pinyin', async () => {
    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(() => h.page.getByTestId('lang-toggle').innerText()).toBe('中文');
    await clickCounty(h.page, '510781');
    await h.page.getByTestId('district').waitFor({ timeout: 5000 });
    expect(await h.page.getByRole('tab').allInnerTexts()).toEqual(['District', 'Gap matrix', 'Ranking', 'Targets', 'Data quality']);
    expect(await h.page.getByTestId('drawer').getAttribute('aria-label')).toBe('Analysis panel');
    expect(await h.page.getByTestId('drawer').locator('.close').getAttribute('aria-label')).toBe('Close the analysis panel');
    // pinyin-pro arrives as its own chunk on first use.
    await expect.poll(() => h.page.getByTestId('district').locator('h2').innerText()).toBe('江油市 (Jiāngyóushì) county');

    const ap = h.page.getByTestId('appearances');
    const onLists = lists.filter((l) =>
      records.some((r) => r.list === l.id && ((r.location ?? (r.kind === 'park' ? r.name : '')).startsWith('江油') || r.id === 'green-tech:9')),
    );
    expect(await ap.locator('h3').innerText()).toBe(`On all lists (${onLists.length} / ${lists.length})`);
    expect(await ap.locator('thead th').allInnerTexts()).toEqual(['List', 'Count', 'Share of list', 'County rank']);
    const gf = lists.find((l) => l.id === 'green-factory')!;
    const gfRow = await h.page.getByTestId('appearance-green-factory').innerText();
    expect(gfRow).toContain(gf.name);
    // The rows behind the count, cited in English by src/lib/cite.ts (the Chinese form is in analysis.test.ts).
    expect(gfRow).toMatch(/Source: 绵府办发〔2019〕5号 绿色化, Table 5, rows \d+(–\d+)?(, \d+(–\d+)?)*\n/);
    expect(gfRow).not.toContain('表5');
    // List names as printed, with their English gloss beside them (src/lib/view/listLabel.ts).
    const absent = lists.filter((l) => !onLists.includes(l)).map(gloss);
    expect(await h.page.getByTestId('absent').innerText()).toBe(`Not on: ${absent.join(', ')}`);

    const inv = h.page.getByTestId('investments');
    expect(await inv.locator('h3').innerText()).toMatch(/^Investment projects \(All lists \(18\)\): total 296 million yuan(, plus \d+ without an amount)?$/);
    expect(await inv.locator('thead th').allInnerTexts()).toEqual(['Project', 'Investment']);
    expect(await inv.innerText()).toContain('Source: 绵府办发〔2019〕5号 智能化, Table 4, row 1');

    const toggle = h.page.getByTestId('compare-toggle');
    expect(await toggle.getByRole('button').first().innerText()).toBe('Add to comparison');
    expect(await toggle.getByRole('status').innerText()).toBe('No areas chosen for comparison');
    expect((await h.page.locator('label.search').innerText()).trim()).toBe('Search enterprises');
    expect(await h.page.getByTestId('district-search').getAttribute('placeholder')).toBe('Name, project or list');

    // 皇龙破碎 (绿色化 表11, no location column) borrows 江油市: flagged and explained in English.
    const huanglong = h.page.getByTestId('district-rows').locator('li', { hasText: '皇龙破碎' });
    const hl = await huanglong.innerText();
    expect(hl).toContain('borrowed location');
    expect(hl).toContain(
      'This table has no location column; location 江油市 borrowed from the same enterprise as printed in 绵府办发〔2019〕5号 绿色化, Table 3, row 17',
    );
    expect(hl).toContain(`Source: 绵府办发〔2019〕5号 绿色化, Table 11, row ${records.find((r) => r.id === 'green-tech:9')!.row}`);
    expect(await chineseChrome()).toEqual([]);

    // One list: the count sentence, each row's meta line and its cited row.
    await h.page.getByTestId('list-picker').selectOption('list:green-factory');
    const expected = records.filter((r) => r.list === 'green-factory' && r.location === '江油市');
    await expect
      .poll(() => h.page.getByTestId('district-count').innerText())
      .toBe(`${gloss(gf)}: 10 designation(s), ${((10 / 48) * 100).toFixed(1)}% of the city’s 48`);
    expect(expected).toHaveLength(10);
    const metas = await texts('[data-testid=district-rows] li .meta');
    expect(metas).toEqual(expected.map(() => `${gloss(gf)} · location 江油市`));
    const rows = await h.page.getByTestId('district-rows').innerText();
    for (const r of expected) expect(rows).toContain(`Source: 绵府办发〔2019〕5号 绿色化, Table 5, row ${r.row}`);
    expect(await chineseChrome()).toEqual([]);
    await shot(h.page, 'lang-drawer-district-en');
  });

  it('the gap matrix: English heads (county names with their pinyin), hint, cell labels and CSV; list names as printed', async () => {
    await h.page.getByTestId('open-gaps').click();
    const gaps = h.page.getByTestId('gaps');
    await gaps.waitFor({ timeout: 5000 });
    // A list is chosen: the matrix follows it until every list is asked for, in English too.
    const all = h.page.getByTestId('gaps-all');
    expect((await all.locator('xpath=..').innerText()).trim()).toBe(`Show every list (1 of ${lists.length} shown)`);
    await all.check();
    expect((await gaps.locator('thead th').allInnerTexts()).map((t) => t.trim())).toEqual([
      'List',
      ...counties.map((c) => c.name.replace(/羌族自治县$/, '')).map((name) => `${name}\n${COUNTY_PINYIN[name]}`),
      'Gaps',
    ]);
    expect(await gaps.locator('p.rule').innerText()).toBe(
      'Designations per list and county (parks counted in their county). 0 is a gap; click a cell to select that list and county on the map.',
    );
    const sherpa = lists.find((l) => l.id === 'sherpa')!;
    expect(await h.page.getByTestId('gap-sherpa-510726').getAttribute('aria-label')).toBe(`${sherpa.name} · 北川羌族自治县: 0`);
    expect(await gaps.getByRole('button', { name: gloss(sherpa), exact: true }).getAttribute('title')).toBe('Order the counties by this list');
    expect(await gaps.locator('thead th button').nth(1).getAttribute('title')).toBe(`Sort by ${counties[0]!.name}`);
    const csv = await csvOf(() => h.page.getByTestId('gaps-csv').click());
    expect(await h.page.getByTestId('gaps-csv').innerText()).toBe('Export CSV');
    expect(csv.name).toBe('gap-matrix.csv');
    expect(csv.header).toBe(['List', ...counties.map((c) => c.name), 'Gaps', 'Not in a county'].join(','));
    expect(await chineseChrome()).toEqual([]);
  });

  it('the ranking and the side-by-side comparison', async () => {
    await h.page.getByTestId('open-ranking').click();
    const ranking = h.page.getByTestId('ranking');
    await ranking.waitFor({ timeout: 5000 });
    const st = await snapshot();
    expect(await ranking.locator('p.rule').innerText()).toBe(`${st.title} · ${st.rule}. Tick 2–4 areas to compare them side by side.`);
    expect(st.rule).not.toMatch(HAN);
    expect(await ranking.locator('table.lists').first().locator('thead th').allInnerTexts()).toEqual([
      'Compare',
      'Rank',
      'Area',
      'Count',
      'Share',
      'Known investment',
    ]);
    await h.page.getByRole('checkbox', { name: 'Compare 涪城区' }).check();
    await h.page.getByRole('checkbox', { name: 'Compare 江油市' }).check();
    const compare = h.page.getByTestId('compare');
    await compare.waitFor({ timeout: 5000 });
    expect(await ranking.locator('h3').innerText()).toBe('Side by side');
    // Area names keep their printed Chinese, with the pinyin on a line under it.
    expect(await compare.locator('thead th').allInnerTexts()).toEqual(['List', `涪城区\n(${COUNTY_PINYIN['涪城区']})`, `江油市\n(${COUNTY_PINYIN['江油市']})`]);
    expect(await compare.locator('tbody th').allInnerTexts()).toEqual(['Total', 'Rank', 'Known investment']);
    const csv = await csvOf(() => ranking.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toBe('area-ranking.csv');
    expect(csv.header).toBe('Rank,Area,Count,Share,Known investment (10k yuan),List,Counting rule');
    expect(await chineseChrome()).toEqual([]);
  });

  it('targets vs outcomes: English caveats and labels; indicators, levels and sources as printed', async () => {
    await h.page.getByTestId('open-targets').click();
    const panel = h.page.getByTestId('targets');
    await panel.waitFor({ timeout: 5000 });
    expect(await panel.locator('p.rule').first().innerText()).toMatch(/^A list is a cultivation list \(candidates\), not an outcome\./);
    const park = records.filter((r) => r.list === 'green-park');
    const national = park.filter((r) => r.level === '国家级');
    const group = h.page.getByTestId('targets-green-park');
    expect(await group.locator('h3 small').innerText()).toBe(`cultivation list of ${park.length} rows`);
    expect(await group.locator('thead th').allInnerTexts()).toEqual(['Indicator', 'Goal (cumulative)', 'Cultivation list', 'List size ÷ goal']);
    const t = targets.find((x) => x.id === 'green-t1:3:国家级')!;
    const row = h.page.getByTestId('target-green-t1:3:国家级');
    expect(await row.locator('td').first().innerText()).toBe(`${t.indicator} (${t.unit})`);
    const detail = (await row.locator('xpath=following-sibling::tr[1]').innerText()).split('\n');
    expect(detail).toEqual([
      `表1 (cumulative, end of year): 现有基础 0 · 2020 1`,
      `read as cumulative: goals for 2020, with the existing base of 国家级 printed beside them · Source: ${t.docTitle} 绿色化, Table 1, row ${t.row}`,
      '表6 (yearly increments): 2018 +0 · 2019 +0 · 2020 +1; existing 0 + new 1 = 1',
      `read as yearly increments: the 省级 and 市级 years sum to the 2020 goal of 表1; 国家级 adds the existing base · Source: ${t.docTitle} 绿色化, Table 6, row 1`,
      `Only the list’s ${national.length} 国家级 row(s) counted (${park.length} rows in all)`,
      'List by county: 游仙区 1',
      `Cultivation list: ${national[0]!.docTitle} 绿色化, Table 7, row ${national[0]!.row}`,
    ]);
    const gp = records.filter((r) => r.list === 'green-product').length;
    expect(await h.page.getByTestId('target-green-t1:1:国家级').locator('xpath=following-sibling::tr[1]').innerText()).toContain(
      `The list gives no level: compared with all ${gp} rows, not only 国家级`,
    );
    expect(await chineseChrome()).toEqual([]);
  });

  it('data quality: the summary, both tables and the rows to look at, in English', async () => {
    await h.page.getByTestId('open-quality').click();
    const q = h.page.getByTestId('quality');
    await q.waitFor({ timeout: 5000 });
    expect(records).toHaveLength(262);
    // As insight.test.ts counts them: 219 printed + 24 borrowed + 19 unplaced; 6 with conflicting locations.
    expect(await q.locator('p.sum').innerText()).toBe(
      '262 rows: 219 at the printed location, 24 at a borrowed location, 19 not placed; 6 of them with conflicting locations.',
    );
    const attention = await q.locator('ul.rows li').count();
    expect(await q.locator('h3').allInnerTexts()).toEqual([
      'By list (printed + borrowed + not placed = rows)',
      'Corrections to the print (7)',
      `Needs attention (${attention})`,
    ]);
    expect(await h.page.getByTestId('quality-by-list').locator('thead th').allInnerTexts()).toEqual([
      'List',
      'Rows',
      'Printed',
      'Borrowed',
      'Not placed',
      'Conflicts',
      'Corrected',
    ]);
    expect(await h.page.getByTestId('quality-total').locator('th').innerText()).toBe('Total');
    expect(await q.locator('table.lists thead th').allInnerTexts()).toEqual(['Printed', 'Corrected', 'Reason']);
    expect(await q.innerText()).toContain('绵阳双汇食品有限责任公司1');
    expect(new Set(await texts('[data-testid=quality] ul.rows .flag'))).toEqual(new Set(['not placed', 'conflicting locations', 'borrowed location']));
    expect(await chineseChrome()).toEqual([]);
    await shot(h.page, 'lang-drawer-quality-en');
  });

  it('the enterprise search speaks English; names stay as printed', async () => {
    const input = h.page.getByTestId('enterprise-search');
    expect(await input.getAttribute('placeholder')).toBe('Name, pinyin or initials, e.g. changhong, ch');
    expect(await h.page.locator('label[for=enterprise-search]').innerText()).toBe('Search enterprises');
    await input.fill('ch');
    const options = h.page.getByTestId('search-results').getByRole('option');
    await options.first().waitFor({ timeout: 10_000 });
    expect(await h.page.getByTestId('search-results').getAttribute('aria-label')).toBe('Search results');
    const first = await options.first().innerText();
    expect(first).toContain('长虹');
    expect(first).toMatch(/ · initials$/);
    await input.fill('zzqqxx');
    await expect.poll(() => h.page.locator('.search .none').innerText()).toBe('Nothing found for “zzqqxx”');
    await input.fill('');
  });

  it('switching back gives the Chinese drawer, and the check above does find Chinese chrome there', async () => {
    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(() => h.page.getByTestId('lang-toggle').innerText()).toBe('English');
    expect(await h.page.getByRole('tab').allInnerTexts()).toEqual(['区县', '缺口矩阵', '排名对比', '目标对照', '数据质量']);
    expect(await h.page.getByTestId('quality').locator('p.sum').innerText()).toBe('共 262 条：印刷属地 219，借用属地 24，未定位 19；其中属地冲突 6。');
    const left = await chineseChrome();
    expect(left.join(' ')).toContain('印刷更正');
    await h.page.getByRole('tab', { name: '区县' }).click();
    await expect.poll(() => h.page.getByTestId('district').locator('h2').innerText()).toBe('江油市 区县');
    expect(await h.page.getByTestId('district-count').innerText()).toBe(
      `${lists.find((l) => l.id === 'green-factory')!.name}：10 项入选，占全市 ${((10 / 48) * 100).toFixed(1)}%（48 项）`,
    );
    // 江油市 was ticked for comparison on the ranking tab (with 涪城区).
    expect(await h.page.getByTestId('compare-toggle').getByRole('button').first().innerText()).toBe('移出比较');
    expect(await h.page.getByTestId('compare-toggle').getByRole('status').innerText()).toBe('已选 2 个区域');
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
