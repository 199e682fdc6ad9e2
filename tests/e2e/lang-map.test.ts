// The map's chrome in English: legend, counting rule and as-of line, hover tooltips, a tampered link's notices in the
// link's language, the PNG export's title/legend/source, and story mode with the story's English captions. Data
// (list, place and enterprise names, document numbers) stays as printed; back in Chinese everything reads as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { County, ListMeta, Park } from '../../src/lib/types.ts';
import { readPngText } from '../../src/lib/present/pngText.ts';
import { DECODE_PNG_SRC, RESULTS, ROOT, settle, shot, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const snapshot = () => h.page.evaluate(() => window.__appState);
const text = (testId: string) => h.page.getByTestId(testId).innerText();
/** Legend rows put the count in its own span: compare them without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');
const story = JSON.parse(readFileSync(resolve(ROOT, 'data/story.json'), 'utf8')) as {
  title: string;
  titleEn: string;
  steps: { title: string; titleEn: string; caption: string; captionEn: string }[];
};
const lists = JSON.parse(readFileSync(resolve(ROOT, 'data/lists.json'), 'utf8')) as ListMeta[];

const RULE_ZH = '按入选次数计数（同一企业入选多份名单计多次）；园区并入所在区县';
const RULE_EN = 'Counting designations (an enterprise on several lists counts once per list); parks counted in their county';

/** "绵府办发〔2019〕5号 智能化 表3, 智能化 表4 …; <the 2024 article> 2024年…报道": every table of the 18 lists once. */
function expectedSource(sep: string, docSep: string, article: string): string {
  const plans = lists.filter((l) => l.doc.startsWith('000_')).map((l) => `${l.planName} ${l.table}`);
  // The article's lists have no printed table: the source line names the article alone.
  return `绵府办发〔2019〕5号 ${plans.join(sep)}${docSep}${article}`;
}

/** Hover a point of the map given in lon/lat and return the tooltip's lines once `ready` accepts them. */
async function hoverLines(lngLat: [number, number], dx = 0): Promise<string[]> {
  const [x, y] = await h.page.evaluate((p) => window.__mapProject!(p), lngLat);
  const box = (await h.page.locator('[data-testid=map]').boundingBox())!;
  await h.page.mouse.move(box.x + 2, box.y + 2);
  await h.page.mouse.move(box.x + x + dx, box.y + y);
  const tip = h.page.getByTestId('tooltip');
  await tip.waitFor({ timeout: 5000 });
  const lines = (await tip.innerText()).split('\n');
  await h.page.mouse.move(box.x + 2, box.y + 2);
  return lines;
}

/**
 * Dark pixels inside a rectangle of a PNG and, with a second PNG, pixels there that differ: decoded in the page (no
 * image library in Node), kept as source text for the same reason as harness.pixelStats.
 */
const REGION_SRC = `async function (args) {
  var decode = ${DECODE_PNG_SRC};
  var a = (await decode(args.a, args)).data, b = args.b ? (await decode(args.b, args)).data : null;
  var dark = 0, differing = 0;
  for (var i = 0; i < a.length; i += 4) {
    if (a[i] + a[i + 1] + a[i + 2] < 200) dark++;
    if (b && (Math.abs(a[i] - b[i]) > 40 || Math.abs(a[i + 1] - b[i + 1]) > 40 || Math.abs(a[i + 2] - b[i + 2]) > 40)) differing++;
  }
  return { dark: dark, differing: differing };
}`;
const region = (a: Buffer, rect: { x: number; y: number; w: number; h: number }, b?: Buffer) =>
  h.page.evaluate(`(${REGION_SRC})(${JSON.stringify({ ...rect, a: a.toString('base64'), b: b?.toString('base64') ?? null })})`) as Promise<{
    dark: number;
    differing: number;
  }>;

async function exportPng(): Promise<{ name: string; png: Buffer }> {
  const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-png').click()]);
  return { name: download.suggestedFilename(), png: readFileSync(await download.path()) };
}

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1600, height: 900 } });
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

let pngZh: Buffer;

describe('the map chrome in English', () => {
  it('Chinese by default: rule, as-of line and legend as before; the PNG export is titled in Chinese', async () => {
    expect(await text('rule')).toBe(RULE_ZH);
    expect(await h.page.locator('.legend .asof').innerText()).toBe('名单日期：2019-01-27 至 2024-01（2 个日期）');
    expect(await h.page.locator('.legend h2').innerText()).toBe('全部名单（18 份）');
    const { name, png } = await exportPng();
    expect(name).toMatch(/^全部名单_\d{4}-\d{2}-\d{2}_1920x1080\.png$/);
    expect(readPngText(png)).toMatchObject({ Title: '全部名单（18 份）', Source: `来源：${expectedSource('、', '；', '2024年绵阳新型工业化报道')}` });
    pngZh = png;
  });

  it('legend, rule and as-of line read in English; list and place names stay as printed', async () => {
    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(() => text('rule')).toBe(RULE_EN);
    expect(await h.page.locator('.legend .asof').innerText()).toBe('Lists dated 2019-01-27 to 2024-01 (2 dates)');
    expect(await h.page.locator('.legend h2').innerText()).toBe('All lists (18)');
    const st = await snapshot();
    expect([st.lang, st.title, st.rule, st.asOf]).toEqual(['en', 'All lists (18)', RULE_EN, 'Lists dated 2019-01-27 to 2024-01 (2 dates)']);
    expect(await text('legend-method')).toBe(`Rounded natural breaks: ${st.thresholds.join(' | ')}`);
    // Class rows: ranges as numbers, then 0 and No data, each with its number of areas in words.
    const rows = await h.page.locator('.legend ul.classes li').allInnerTexts();
    expect(rows.map(squash)).toEqual(st.legend.map((l) => squash(`${l.label === '无数据' ? 'No data' : l.label}${l.count} area(s)`)));
    expect(await h.page.locator('.legend h3').first().innerText()).toBe('Green parks (5)');
    expect((await h.page.locator('.legend ul.symbols li').allInnerTexts()).map(squash)).toEqual(
      ['国家级 (national) · target 2019 1', '省级 (provincial) · target 2019 2', '省级 (provincial) · target 2020 2'].map(squash),
    );
    expect(await text('placement')).toMatch(
      /^Placement \(selected lists\): \d+ at the printed location, \d+ at a location borrowed from the same enterprise on another list, \d+ not placed(; \d+ of them with conflicting locations)?$/,
    );
    // Data stays as printed, with an English gloss beside it: a list's option is its printed name, its gloss and the
    // row count; a plan's, its printed short name and its gloss.
    const picker = h.page.getByTestId('list-picker');
    expect(await picker.locator('option[value="list:smart-factory"]').innerText()).toBe(
      '智能制造试点示范工厂（车间） (Smart-manufacturing pilot factories (workshops)) (12)',
    );
    expect(await picker.locator('option[value="plan:smart"]').innerText()).toBe('智能化 (Smart manufacturing) · all 3 lists');
    // The legend's title (and so the PNG's and the printout's) carries the gloss too.
    await picker.selectOption('list:summit');
    await expect.poll(() => h.page.locator('.legend h2').innerText()).toBe('冲顶行动培育对象 (Summit action: single-champion contenders)');
    await picker.selectOption('all');
    await settle(h.page);
  });

  it('warns in English when there are too few areas for the method', async () => {
    await h.page.getByTestId('method-picker').selectOption('quantile');
    await settle(h.page);
    const st = await snapshot();
    const positive = st.legend.slice(0, -2).reduce((s, l) => s + l.count, 0);
    expect(await text('legend-warning')).toBe(
      `⚠ Only ${positive} non-zero area(s): 4 quantile classes get fewer than 3 areas each, so the bounds are unstable`,
    );
    expect(await text('legend-method')).toBe(`Quantile: ${st.thresholds.join(' | ')}`);
    await h.page.getByTestId('method-picker').selectOption('nice');
    await settle(h.page);
    expect(await h.page.getByTestId('legend-warning').count()).toBe(0);
  });

  it('hover tooltips in English: the county with its pinyin and count; a green park with level, year and source', async () => {
    const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];
    const pingwu = counties.find((c) => c.code === '510727')!;
    // pinyin-pro is fetched on the first English use: the name gains its pinyin once it has arrived.
    let lines: string[] = [];
    await expect
      .poll(async () => (lines = await hoverLines([pingwu.point[0] - 0.05, pingwu.point[1] - 0.08]))[0], { timeout: 20_000 })
      .toBe('平武县 (Píngwǔxiàn)');
    expect(lines[1]).toMatch(/^\d+ designation\(s\)$/);

    const parks = JSON.parse(readFileSync(resolve(ROOT, 'geo/parks.json'), 'utf8')) as Park[];
    const jiangyou = parks.find((p) => p.id === 'jiangyou-gongye')!;
    const park = await hoverLines(jiangyou.point, 4);
    expect(park.slice(0, 4)).toEqual(['江油工业园区', 'County: 江油市', 'Level: 省级 (provincial)', 'Target year: 2020']);
    expect(park[4]).toMatch(/^Source: 绵府办发〔2019〕5号 绿色化, Table 7, row \d+$/);
  });

  it('exports the PNG in English: 1920×1080, English title and source line drawn and recorded, a different title strip', async () => {
    const { name, png } = await exportPng();
    expect(name).toMatch(/^All lists_\d{4}-\d{2}-\d{2}_1920x1080\.png$/);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const meta = readPngText(png);
    expect(meta.Title).toBe('All lists (18)');
    expect(meta.Source).toBe(`Source: ${expectedSource(', ', '; ', "2024 article on Mianyang's new industrialisation")}`);
    expect(meta.Description).toBe(`${RULE_EN}; Lists dated 2019-01-27 to 2024-01 (2 dates)`);
    expect(meta['Creation Time']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The title (top left) and the source line (bottom) are drawn: dark text on white, and not the Chinese pixels.
    const title = { x: 32, y: 32, w: 700, h: 50 };
    const foot = { x: 32, y: 1080 - 80, w: 1856, h: 70 };
    const t = await region(png, title, pngZh);
    const f = await region(png, foot, pngZh);
    // Measured: about 2,400 dark and 6,000 changed pixels in the title strip, 4,900 and 26,000 along the foot.
    expect(t.dark).toBeGreaterThan(1000);
    expect(t.differing).toBeGreaterThan(2000);
    expect(f.dark).toBeGreaterThan(2000);
    expect(f.differing).toBeGreaterThan(5000);
    writeFileSync(resolve(RESULTS, 'export-en-1920x1080.png'), png);
  });

  it('a tampered link with lang=en says what was wrong in English, and in Chinese after the toggle', async () => {
    const base = h.url.replace(/#.*$/, '');
    const page = await h.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const notices = async () => (await page.getByTestId('notice').allInnerTexts()).map((n) => n.replace(/\s*×$/, ''));
    try {
      await page.goto(`${base}#lang=en&sel=list:no-such-list&method=foo&evil=1`);
      await waitForMap(page);
      // In the order of the link's parameters; the unknown list is found once the lists are known.
      await expect
        .poll(notices)
        .toEqual([
          'Link parameter "classification method" has an invalid value "foo"; the default is used',
          'Link parameter "evil" is not recognised and was ignored',
          'The list "list:no-such-list" in the link does not exist; showing all lists',
        ]);
      await page.getByTestId('lang-toggle').click();
      await expect
        .poll(notices)
        .toEqual([
          '链接参数“分级方法”的值 "foo" 无效，已使用默认值',
          '链接参数 "evil" 无法识别，已忽略',
          '链接中的名单 "list:no-such-list" 不存在，已显示全部名单',
        ]);
    } finally {
      await page.close();
    }
  });

  it('story mode shows the story’s English titles and captions; back in Chinese, the Chinese ones', async () => {
    expect(await text('play-story')).toBe(`▶ Present: ${story.titleEn}`);
    await h.page.getByTestId('play-story').click();
    await expect.poll(() => h.page.getByTestId('story-title').locator('h2').innerText()).toBe(story.steps[0]!.titleEn);
    expect(await text('story-caption')).toBe(story.steps[0]!.captionEn);
    expect(await h.page.getByTestId('story-title').locator('.story').innerText()).toBe(`${story.titleEn} · 1/${story.steps.length}`);
    await h.page.keyboard.press('ArrowRight');
    await expect.poll(() => text('story-caption')).toBe(story.steps[1]!.captionEn);
    expect(await h.page.getByTestId('story-title').locator('h2').innerText()).toBe(story.steps[1]!.titleEn);
    await settle(h.page);
    await shot(h.page, 'lang-map-story-en');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('story-title').count()).toBe(0);

    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(() => text('rule')).toBe(RULE_ZH);
    expect(await text('play-story')).toBe(`▶ 放映：${story.title}`);
    await h.page.getByTestId('play-story').click();
    await expect.poll(() => h.page.getByTestId('story-title').locator('h2').innerText()).toBe(story.steps[0]!.title);
    expect(await text('story-caption')).toBe(story.steps[0]!.caption);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('story-title').count()).toBe(0);
  });

  it('back in Chinese: legend, rule and tooltips read as before', async () => {
    expect((await snapshot()).lang).toBe('zh');
    expect(await h.page.locator('.legend .asof').innerText()).toBe('名单日期：2019-01-27 至 2024-01（2 个日期）');
    expect(squash(await h.page.locator('.legend ul.symbols li').first().innerText())).toBe(squash('国家级 · 2019 年目标 1'));
    const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];
    const pingwu = counties.find((c) => c.code === '510727')!;
    // The camera has just jumped back from the story: retry the hover until the map has redrawn under it.
    await settle(h.page);
    let lines: string[] = [];
    await expect.poll(async () => (lines = await hoverLines([pingwu.point[0] - 0.05, pingwu.point[1] - 0.08]))[0], { timeout: 20_000 }).toBe('平武县');
    expect(lines[1]).toMatch(/^\d+ 项入选$/);
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
