// The district panel's cross-list view and the per-list data quality in a real browser, on a 1280×720 laptop:
// clicking 江油市 lists every programme it is on with the counts data/records.json prints, its gaps and its
// projects with their source rows; the quality table adds up to every record; the drawer leaves the map visible.
// In 中文 and in English (one page each, lang= in the link), with each language's words written out below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ListMeta, SeedRecord } from '../../src/lib/types.ts';
import { COUNTY_PINYIN, ROOT, shot, startAtMap, type Harness, clickCounty as clickCountyOn } from './harness.ts';

const records = JSON.parse(readFileSync(resolve(ROOT, 'data/records.json'), 'utf8')) as SeedRecord[];
const lists = JSON.parse(readFileSync(resolve(ROOT, 'data/lists.json'), 'utf8')) as ListMeta[];

const DOC = '绵府办发〔2019〕5号';

/** What each language's dictionary (src/lib/i18n/drawer.*.ts, notes.*.ts, words.*.ts) says, filled in as the page does. */
const WORDS = {
  zh: {
    appearTitle: (on: number, all: number) => `在全部名单中（${on} / ${all}）`,
    source: (plan: string, table: number) => `来源：${DOC} ${plan} 表${table}`,
    sourceRow: (plan: string, table: number, row: number) => `来源：${DOC} ${plan} 表${table} 第${row}行`,
    list: (l: ListMeta) => l.name,
    investTotal: '合计 2.96 亿元',
    listHead: '名单',
    gapsHead: '缺口',
    /** A county's column heading: its name (北川 for 北川羌族自治县). */
    countyHead: (name: string) => name,
    quality: '数据质量',
    targets: '目标对照',
  },
  en: {
    appearTitle: (on: number, all: number) => `On all lists (${on} / ${all})`,
    source: (plan: string, table: number) => `Source: ${DOC} ${plan}, Table ${table}`,
    sourceRow: (plan: string, table: number, row: number) => `Source: ${DOC} ${plan}, Table ${table}, row ${row}`,
    // List names are printed Chinese with their English gloss beside them.
    list: (l: ListMeta) => `${l.name} (${l.nameEn})`,
    // 2.96 亿元 = 296 million yuan.
    investTotal: 'total 296 million yuan',
    listHead: 'List',
    gapsHead: 'Gaps',
    /** In English the name has its pinyin on a line under it (issue 15: table area names get pinyin). */
    countyHead: (name: string) => `${name}\n${COUNTY_PINYIN[name]}`,
    quality: 'Data quality',
    targets: 'Targets',
  },
} as const;

describe.each(['zh', 'en'] as const)('analysis panels at 1280×720 in %s', (lang) => {
  const w = WORDS[lang];
  let h: Harness;
  beforeAll(async () => {
    h = await startAtMap({ viewport: { width: 1280, height: 720 }, path: lang === 'en' ? '/#lang=en' : '/' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });
  const clickCounty = (code: string) => clickCountyOn(h.page, code);

  it('clicking 江油市 shows every list it is on, with counts from the seed rows, its gaps and its projects', async () => {
    await clickCounty('510781');
    const ap = h.page.getByTestId('appearances');
    await ap.waitFor({ timeout: 5000 });
    // Expected from the data: rows printed in 江油 (江油市, or 江油工业园区 as location or as the park's own name),
    // plus green-tech:9 皇龙破碎, which prints no location and borrows 江油市 from green-product:17
    // 四川皇龙智能破碎技术股份有限公司 (the registry's alias).
    const jiangyou = records.filter((r) => (r.location ?? (r.kind === 'park' ? r.name : '')).startsWith('江油') || r.id === 'green-tech:9');
    const onLists = lists.filter((l) => jiangyou.some((r) => r.list === l.id));
    expect(onLists).toHaveLength(12);
    await expect.poll(() => ap.locator('h3').innerText()).toBe(w.appearTitle(onLists.length, lists.length));
    const gf = await h.page.getByTestId('appearance-green-factory').innerText();
    const n = jiangyou.filter((r) => r.list === 'green-factory').length;
    const total = records.filter((r) => r.list === 'green-factory').length;
    expect([n, total]).toEqual([10, 48]);
    expect(gf).toContain(w.source('绿色化', 5));
    expect(gf.replace(/\s+/g, ' ')).toContain(`${n} ${((n / total) * 100).toFixed(1)}% 2 / 6`);
    const absent = await h.page.getByTestId('absent').innerText();
    for (const l of lists.filter((x) => !onLists.includes(x))) expect(absent).toContain(w.list(l));

    const inv = await h.page.getByTestId('investments').innerText();
    expect(inv).toContain(w.investTotal);
    expect(inv).toContain('四川六合锻造股份有限公司');
    expect(inv).toContain(w.sourceRow('智能化', 4, 1));
    await shot(h.page, `analysis-jiangyou-appearances-${lang}`);

    // Choosing a list in the panel puts that list on the map, keyboard only.
    await h.page.getByTestId('appearance-green-factory').getByRole('button').focus();
    await h.page.keyboard.press('Enter');
    await expect.poll(async () => (await h.page.evaluate(() => window.__appState)).selection).toBe('list:green-factory');
  });

  it('the drawer leaves most of the map visible on a laptop screen', async () => {
    const map = (await h.page.locator('[data-testid=map]').boundingBox())!;
    const drawer = (await h.page.getByTestId('drawer').boundingBox())!;
    expect(drawer.width).toBeLessThan(map.width * 0.5);
    expect(drawer.y + drawer.height).toBeLessThanOrEqual(720);
  });

  it('the gap matrix sorts districts by one list, and a zero cell opens that district with the list as a gap', async () => {
    await h.page.getByTestId('open-gaps').click();
    // The matrix follows the picker (绿色工厂 is chosen): its one row, until every list is asked for.
    const rowsShown = () => h.page.getByTestId('gaps').locator('tbody tr').count();
    await expect.poll(rowsShown).toBe(1);
    await h.page.getByTestId('gaps-all').check();
    await expect.poll(rowsShown).toBe(lists.length);
    const sherpa = lists.find((l) => l.id === 'sherpa')!;
    await h.page
      .getByTestId('gaps')
      .getByRole('button', { name: w.list(sherpa), exact: true })
      .click();
    const heads = (await h.page.getByTestId('gaps').locator('thead th').allInnerTexts()).map((t) => t.trim());
    // 登峰 表2 by county: 涪城 8, 游仙 5, 安州 1, 江油 1, the other five 0 (ties keep the catalogue order).
    const counties = ['涪城区', '游仙区', '安州区', '江油市', '三台县', '盐亭县', '梓潼县', '北川', '平武县'];
    expect(heads).toEqual([w.listHead, ...counties.map(w.countyHead), w.gapsHead]);
    const printed = records.filter((r) => r.list === 'sherpa');
    expect(printed.filter((r) => r.location === '江油市')).toHaveLength(1);
    const cell = h.page.getByTestId('gap-sherpa-510726');
    expect(await cell.innerText()).toBe('0');
    await shot(h.page, `analysis-gaps-sorted-by-sherpa-${lang}`);
    await cell.click();
    await expect.poll(async () => (await h.page.evaluate(() => window.__appState)).selection).toBe('list:sherpa');
    expect(await h.page.getByTestId('district').locator('h2').innerText()).toContain('北川羌族自治县');
    expect(await h.page.getByTestId('district-rows').locator('li').count()).toBe(0);
    expect(await h.page.getByTestId('absent').innerText()).toContain(w.list(sherpa));
  });

  it('data quality per list adds up to every record; arrow keys move between tabs, Esc closes the drawer', async () => {
    await h.page.getByTestId('open-quality').click();
    const total = h.page.getByTestId('quality-total');
    await total.waitFor({ timeout: 5000 });
    const cells = (await total.locator('td').allInnerTexts()).map(Number);
    expect(cells[0]).toBe(records.length);
    expect(cells[1]! + cells[2]! + cells[3]!).toBe(records.length);
    expect(cells[5]).toBe(records.filter((r) => r.corrections.length > 0).length);
    expect(await h.page.getByTestId('quality-by-list').locator('tbody tr').count()).toBe(lists.length + 1);
    await shot(h.page, `analysis-quality-by-list-${lang}`);
    // Tabs by keyboard: ArrowLeft from 数据质量 (Data quality) opens 目标对照 (Targets) and moves focus with it; End comes back.
    await h.page.getByRole('tab', { name: w.quality }).focus();
    await h.page.keyboard.press('ArrowLeft');
    await h.page.getByTestId('targets').waitFor({ timeout: 5000 });
    expect(await h.page.evaluate(() => document.activeElement?.textContent)).toBe(w.targets);
    await h.page.keyboard.press('End');
    await h.page.getByTestId('quality-total').waitFor({ timeout: 5000 });
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('drawer').count()).toBe(0);
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
