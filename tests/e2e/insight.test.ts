// The analysis drawer in a real browser: clicking a county opens its rows with the counts the seed prints, the gap
// matrix marks a programme's gaps and a click on one selects it on the map, data quality accounts for every row.
// In 中文 and in English (one page each, opened with lang= in the link): the same behaviour, and the words each
// language's dictionary gives them (written out below, so a wording that changes or falls back to Chinese fails).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ListMeta, SeedRecord } from '../../src/lib/types.ts';
import { ROOT, settle, shot, startAtMap, type Harness, clickCounty as clickCountyOn } from './harness.ts';

const records = JSON.parse(readFileSync(resolve(ROOT, 'data/records.json'), 'utf8')) as SeedRecord[];
const lists = JSON.parse(readFileSync(resolve(ROOT, 'data/lists.json'), 'utf8')) as ListMeta[];
const DOC = '绵府办发〔2019〕5号';

/** What each language's dictionary (src/lib/i18n/*.zh.ts, *.en.ts) says, filled in as the page fills it in. */
const WORDS = {
  zh: {
    count: (n: number, share: string, city: number) => `${n} 项入选，占全市 ${share}%（${city} 项）`,
    source: (plan: string, table: number, row: number) => `来源：${DOC} ${plan} 表${table} 第${row}行`,
    list: (l: ListMeta) => l.name,
    csvHead: '名单,涪城区,',
    fucheng: '涪城区',
    compare: (name: string) => `比较 ${name}`,
    total: '合计',
    dropped: '最多并排比较 4 个地区：已取消最早勾选的涪城区。',
    badCustom: '“abc”不是正数，已忽略。',
    unusedCustom: /^断点 500 大于最大计数 \d+，没有地区落入，未成类。$/,
    fewer: /^要 \d 类，只分出 \d 类：所选地区只有 \d+ 个不同的正计数。$/,
    qualitySum: (n: number) => `共 ${n} 条：`,
    corrections: '印刷更正（7）',
  },
  en: {
    count: (n: number, share: string, city: number) => `${n} designation(s), ${share}% of the city’s ${city}`,
    source: (plan: string, table: number, row: number) => `Source: ${DOC} ${plan}, Table ${table}, row ${row}`,
    list: (l: ListMeta) => `${l.name} (${l.nameEn})`,
    csvHead: 'List,涪城区,',
    // Place names carry their pinyin in English.
    fucheng: '涪城区 (Fúchéngqū)',
    compare: (name: string) => `Compare ${name}`,
    total: 'Total',
    dropped: 'At most 4 areas are compared side by side: 涪城区, ticked first, was unticked.',
    badCustom: '“abc” is not a positive number and was left out.',
    unusedCustom: /^Break\(s\) 500 are above the largest count, \d+: no area falls in them, so they make no class\.$/,
    fewer: /^\d classes asked for, \d made: the areas have only \d+ different positive counts\.$/,
    qualitySum: (n: number) => `${n} rows: `,
    corrections: 'Corrections to the print (7)',
  },
} as const;

describe.each(['zh', 'en'] as const)('analysis drawer in %s', (lang) => {
  const w = WORDS[lang];
  let h: Harness;
  beforeAll(async () => {
    h = await startAtMap({ path: lang === 'en' ? '/#lang=en' : '/' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });
  const clickCounty = (code: string) => clickCountyOn(h.page, code);
  it('clicking 江油市 with 绿色工厂 selected shows the 10 printed rows of 表5, each with its source row', async () => {
    await h.page.getByTestId('list-picker').selectOption('list:green-factory');
    await settle(h.page);
    await clickCounty('510781');
    const drawer = h.page.getByTestId('district');
    await drawer.waitFor({ timeout: 5000 });
    // Expected from the data itself: green-factory rows whose printed location is 江油市.
    const expected = records.filter((r) => r.list === 'green-factory' && r.location === '江油市');
    expect(expected).toHaveLength(10);
    await expect
      .poll(() => h.page.getByTestId('district-count').innerText())
      .toContain(w.count(expected.length, ((expected.length / 48) * 100).toFixed(1), 48));
    const items = h.page.getByTestId('district-rows').locator('li');
    expect(await items.count()).toBe(10);
    const text = await h.page.getByTestId('district-rows').innerText();
    for (const r of expected) {
      expect(text).toContain(r.name);
      expect(text).toContain(w.source('绿色化', 5, r.row));
    }
    await h.page.getByTestId('district-search').fill('锻造');
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toContain('四川六合锻造股份有限公司');
    await shot(h.page, `drawer-jiangyou-green-factory-${lang}`);
  });

  it('the gap matrix marks 北川 as a gap for 夏尔巴 and a click selects that list and county', async () => {
    await h.page.getByTestId('open-gaps').click();
    // 绿色工厂 is chosen: the matrix shows every list once asked to.
    await h.page.getByTestId('gaps-all').check();
    const cell = h.page.getByTestId('gap-sherpa-510726');
    await cell.waitFor({ timeout: 5000 });
    expect(await cell.innerText()).toBe('0');
    expect(await cell.locator('xpath=..').getAttribute('class')).toContain('zero');
    const fucheng = h.page.getByTestId('gap-sherpa-510703');
    const expected = records.filter((r) => r.list === 'sherpa').length;
    expect(Number(await fucheng.innerText())).toBeGreaterThan(0);
    expect(Number(await fucheng.innerText())).toBeLessThanOrEqual(expected);
    await shot(h.page, `drawer-gap-matrix-${lang}`);
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('gaps-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n');
    expect(csv.startsWith(`\uFEFF${w.csvHead}`)).toBe(true);
    // Header, one line per policy list, and the final empty string after the last CRLF.
    expect(lines).toHaveLength(1 + lists.length + 1);
    // 登峰 表2 as summary --by county prints it: 涪城 8, 游仙 5, 安州 1, 江油 1; five counties at zero; none unplaced.
    // The CSV names the list as printed in both languages (data, as the seed prints it); the matrix on screen adds the gloss.
    const sherpaList = lists.find((x) => x.id === 'sherpa')!;
    expect(lines).toContain(`${sherpaList.name},8,5,1,0,0,0,0,0,1,5,0`);
    expect((await h.page.getByTestId('gaps').locator('tbody th').allInnerTexts()).map((t) => t.trim())).toContain(w.list(sherpaList));
    await fucheng.click();
    await settle(h.page);
    const st = await h.page.evaluate(() => window.__appState);
    expect(st.selection).toBe('list:sherpa');
    expect(await h.page.getByTestId('district').locator('h2').innerText()).toContain(w.fucheng);
  });

  it('search finds 长虹 by pinyin and opens its district; ranking compares two counties side by side', async () => {
    await h.page.getByTestId('enterprise-search').fill('changhong');
    const results = h.page.getByTestId('search-results').locator('button');
    await results.first().waitFor({ timeout: 5000 });
    expect(await results.first().innerText()).toContain('长虹');
    await results.first().click();
    await expect.poll(() => h.page.getByTestId('district').locator('h2').innerText()).toContain(w.fucheng);
    await h.page.getByTestId('open-ranking').click();
    await h.page.getByRole('checkbox', { name: w.compare('涪城区') }).check();
    await h.page.getByRole('checkbox', { name: w.compare('游仙区') }).check();
    const compare = h.page.getByTestId('compare');
    await compare.waitFor({ timeout: 5000 });
    const sherpa = records.filter((r) => r.list === 'sherpa');
    const text = await compare.innerText();
    expect(text).toContain('涪城区');
    expect(text).toContain('游仙区');
    expect(text).toMatch(new RegExp(`${w.total}\\s+${sherpa.filter((r) => ['涪城区', '高新区', '经开区', '科创区'].includes(r.location ?? '')).length}\\s+`));
    // A 5th area drops the first ticked, and says so.
    for (const name of ['三台县', '江油市']) await h.page.getByRole('checkbox', { name: w.compare(name) }).check();
    expect(await h.page.getByTestId('compare-dropped').count()).toBe(0);
    await h.page.getByRole('checkbox', { name: w.compare('安州区') }).check();
    expect(await h.page.getByTestId('compare-dropped').innerText()).toBe(w.dropped);
    expect(await h.page.getByRole('checkbox', { name: w.compare('涪城区') }).isChecked()).toBe(false);
    expect(await compare.locator('thead').innerText()).not.toContain('涪城区');
    await h.page.getByTestId('open-targets').click();
    expect(await h.page.getByTestId('targets').innerText()).toContain('智能工厂');
  });

  it('the class controls say what they did with what was typed', async () => {
    await h.page.getByTestId('method-picker').selectOption('custom');
    const box = h.page.getByTestId('custom-breaks');
    await box.fill('2, 5, 500, abc');
    await box.press('Enter');
    await expect.poll(() => h.page.getByTestId('class-note').allInnerTexts()).toEqual([w.badCustom, expect.stringMatching(w.unusedCustom)]);
    // Back to rounded natural breaks: the custom notes go; what is left says only how many classes came out.
    await h.page.getByTestId('method-picker').selectOption('nice');
    await expect.poll(() => h.page.getByTestId('class-note').allInnerTexts()).not.toContain(w.badCustom);
    for (const t of await h.page.getByTestId('class-note').allInnerTexts()) expect(t).toMatch(w.fewer);
  });

  it('data quality adds up to all 262 records and lists the seven corrections; Esc closes the drawer', async () => {
    await h.page.getByTestId('open-quality').click();
    const q = h.page.getByTestId('quality');
    await q.waitFor({ timeout: 5000 });
    const text = await q.innerText();
    expect(text).toContain(w.qualitySum(records.length));
    expect(text).toContain(w.corrections);
    expect(text).toContain('绵阳双汇食品有限责任公司1');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('drawer').count()).toBe(0);
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
