// "Bring your own list" with the UI in English, through the real <input type=file>: the panel's chrome, the mapping
// step, the per-row report (every status, every reason) and the export are English; the user's file names, headers,
// cells and list name stay exactly as typed; every input row is counted; switching back gives the Chinese texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTable } from '../../src/lib/read/index.ts';
import { reload, RESULTS, ROOT, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const IN = resolve(ROOT, 'tests/fixtures/in');
const TMP = resolve(RESULTS, 'lang-import-e2e');
const MESSY = resolve(TMP, 'messy 名单.csv');
/** One line per status and reason: clean, ambiguous + bad amount, unplaced + negative, short, no name, city only, no location, long. */
const LINES = [
  '企业名称,属地,总投资（万元）',
  '四川长虹电器股份有限公司,高新区,"12,000"',
  '甲公司,高新区、经开区,abc',
  '乙公司,火星,-5',
  '丙公司',
  ',江油市,2.5亿元',
  '丁公司,绵阳市,１２０００',
  '戊公司,,100',
  '庚公司,游仙区,5,多余',
];
const panel = () => h.page.getByTestId('import-panel');
const counts = () => h.page.getByTestId('import-counts').innerText();
const texts = (sel: string) => h.page.locator(sel).allInnerTexts();

/** Each row of the fix table: line, name, location, status, problems and the geocoder's note, as shown. */
function fixRows() {
  return h.page.getByTestId('fix-row').evaluateAll((trs) =>
    trs.map((tr) => {
      const td = [...tr.querySelectorAll('td')] as HTMLElement[];
      return {
        line: td[0]!.innerText,
        name: td[1]!.innerText,
        location: td[2]!.innerText,
        status: td[3]!.innerText,
        problems: [...td[4]!.querySelectorAll<HTMLElement>('.problem')].map((e) => e.innerText),
        note: td[4]!.querySelector<HTMLElement>('.geo-note')?.innerText ?? '',
      };
    }),
  );
}

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  writeFileSync(MESSY, LINES.join('\n') + '\n');
  h = await startHarness();
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('importing a list with the UI in English', () => {
  it('the panel is in English once the toggle is switched', async () => {
    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(() => h.page.getByTestId('lang-toggle').innerText()).toBe('中文');
    expect(await panel().locator('h2').innerText()).toBe('Import a list');
    expect(await panel().locator('.drop span').innerText()).toBe('Drop or choose a file: CSV / TSV (UTF-8 or GBK), XLSX, JSON, up to 50 MB');
  });

  it('the mapping step: English labels and units, the file name, headers and cells as typed', async () => {
    await h.page.getByTestId('import-file').setInputFiles(MESSY);
    await h.page.getByTestId('import-mapping').waitFor({ timeout: 30_000 });
    expect(await h.page.locator('[data-testid=import-mapping] .note').first().innerText()).toBe('messy 名单.csv: 8 data row(s) (encoding utf-8)');
    const labels = await h.page.locator('[data-testid=import-mapping] .fields > label').evaluateAll((ls) => ls.map((l) => l.firstChild?.textContent?.trim()));
    expect(labels).toEqual(['Location/address *', 'Name', 'Amount', 'Category', 'Amount unit', 'List name']);
    expect(await texts('[data-testid=map-unit] option')).toEqual(['万元 (10k yuan)', '亿元 (100M yuan)', '元 (yuan)']);
    expect(await h.page.getByTestId('map-unit').inputValue()).toBe('万元');
    expect(await texts('[data-testid=map-location] option')).toEqual(['(none)', '1. 企业名称', '2. 属地', '3. 总投资（万元）']);
    expect(await h.page.getByTestId('map-location').inputValue()).toBe('1');
    expect(await h.page.getByTestId('map-category').inputValue()).toBe('-1');
    expect(await h.page.getByTestId('import-preview').innerText()).toContain('１２０００');
    expect(await h.page.getByTestId('import-start').innerText()).toBe('Import and locate');
    expect(await h.page.getByRole('button', { name: 'Choose another file' }).count()).toBe(1);
    // Without a location column the import cannot start, and says why.
    await h.page.getByTestId('map-location').selectOption('-1');
    expect(await texts('[data-testid=import-mapping-problem]')).toEqual(['Choose the “location/address” column: without it nothing can go on the map']);
    expect(await h.page.getByTestId('import-start').isDisabled()).toBe(true);
    await h.page.getByTestId('map-location').selectOption('0');
    expect(await texts('[data-testid=import-mapping-problem]')).toEqual(['The name and location columns cannot be the same column']);
    await h.page.getByTestId('map-location').selectOption('1');
    expect(await h.page.getByTestId('import-mapping-problem').count()).toBe(0);
    await h.page.getByTestId('import-name').fill('乱的名单 messy');
  });

  it('geocodes: every row in one status, counted in English', async () => {
    await h.page.getByTestId('import-start').click();
    await h.page.waitForFunction(() => document.querySelector('[data-testid=import-counts]')?.textContent?.startsWith('8 rows:'), undefined, {
      timeout: 60_000,
    });
    expect(await counts()).toBe('8 rows: 2 located · 1 ambiguous · 2 not located · 3 rejected');
    expect(await panel().locator('h3').first().innerText()).toBe('Import report: 乱的名单 messy');
    expect(await h.page.getByTestId('import-timing').innerText()).toMatch(/^Read in \d+\.\d s; 8 rows located in \d+\.\d s$/);
    expect(await h.page.evaluate(() => window.__appState.selection)).toMatch(/^list:import-/);
  });

  it('the per-row report: English reasons, the user’s cells as typed, every row needing attention listed', async () => {
    expect(await texts('[data-testid=fix-table] thead th')).toEqual(['Line', 'Name', 'Location', 'Status', 'Notes / fix']);
    expect(await fixRows()).toEqual([
      {
        line: '3',
        name: '甲公司',
        location: '高新区、经开区',
        status: 'Ambiguous',
        problems: ['Line 3: amount "abc" is not a number'],
        note: 'names several parks: 高新区、经开区',
      },
      {
        line: '4',
        name: '乙公司',
        location: '火星',
        status: 'Not located',
        problems: ['Line 4: amount "-5" is negative'],
        note: 'no Mianyang place name found',
      },
      { line: '5', name: '丙公司', location: '', status: 'Rejected', problems: ['Line 5: short row: 1 of 3 cells'], note: '' },
      { line: '6', name: '', location: '江油市', status: 'Located', problems: ['Line 6: the name is empty'], note: '' },
      { line: '7', name: '丁公司', location: '绵阳市', status: 'Not located', problems: [], note: 'names only the city (绵阳市), not a county or park' },
      // An empty location is said once (the problem), not again as the geocoder's note.
      { line: '8', name: '戊公司', location: '', status: 'Rejected', problems: ['Line 8: the location is empty'], note: '' },
      { line: '9', name: '庚公司', location: '游仙区', status: 'Rejected', problems: ['Line 9: long row: 4 cells for 3 columns'], note: '' },
    ]);
    // The one clean row (line 2) is the only one not listed: 7 + 1 = the file's 8 data lines.
    expect(await h.page.getByTestId('fix-row').count()).toBe(LINES.length - 2);
    // The file's final newline is reported as a blank row at its end (the reader's count; not a data row).
    expect(await h.page.getByTestId('import-skipped').innerText()).toBe('1 blank row(s) at the end of the file.');
    expect(await panel().locator('.import-report > .note').nth(1).innerText()).toBe('Rows needing attention: 7');
    expect(await texts('[data-testid=fix-candidate] option')).toEqual(['Choose the right place…', '高新区 (涪城区)', '经开区 (涪城区)']);
    expect(await texts('[data-testid=fix-open]')).toEqual(['Set the place…', 'Set the place…']);
  });

  it('fixes in English: the candidate and the county picker', async () => {
    await h.page.getByTestId('fix-candidate').selectOption('park:经开区');
    await h.page.waitForFunction(() => document.querySelector('[data-testid=import-counts]')?.textContent?.includes('0 ambiguous'));
    expect(await counts()).toBe('8 rows: 3 located · 0 ambiguous · 2 not located · 3 rejected');
    expect((await fixRows())[0]).toMatchObject({ line: '3', status: 'Located (fixed)', problems: ['Line 3: amount "abc" is not a number'] });
    await h.page.getByTestId('fix-open').first().click();
    expect(await h.page.locator('[data-testid=fix-place] optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual(['Counties', 'Parks']);
    expect(await h.page.locator('[data-testid=fix-place] option').first().innerText()).toBe('Choose a county/park…');
    expect(await texts('[data-testid=fix-place] optgroup[label=Parks] option')).toContain('经开区 (涪城区)');
  });

  it('my lists, in English; the list keeps its typed name', async () => {
    const item = h.page.getByTestId('imported-list');
    expect(await item.count()).toBe(1);
    expect(await panel().locator('h3', { hasText: 'My lists' }).innerText()).toBe('My lists (1)');
    expect(await h.page.getByTestId('imported-name').inputValue()).toBe('乱的名单 messy');
    expect(await h.page.getByTestId('imported-name').getAttribute('aria-label')).toBe('List name');
    expect(await item.locator('.n').innerText()).toBe('8 rows · 3 located');
    expect(await item.locator('.actions button').allInnerTexts()).toEqual(['Show on map', 'Report', 'CSV', 'GeoJSON', 'Remove']);
    expect(await h.page.getByTestId('import-clear').innerText()).toBe('Forget all imported lists and fixes');
  });

  it('exports in English: the same columns, every row in order, the app’s own text in English, cells as typed', async () => {
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe('乱的名单 messy-geocoded.csv');
    const bytes = readFileSync((await download.path())!);
    const lines = bytes.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      '\uFEFF企业名称,属地,总投资（万元）,geo_status,geo_county_code,geo_county,geo_park,geo_town,geo_confidence,geo_note,source_line,import_problems',
    );
    expect(lines).toHaveLength(1 + 8);
    // Read back with the app's own reader: one row per input line, in order, the user's cells as typed.
    const back = await readTable(new Uint8Array(bytes), 'export.csv');
    const col = (name: string) => back.rows.map((r) => r.cells[back.headers.indexOf(name)]);
    expect(col('source_line')).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
    expect(col('企业名称')).toEqual(['四川长虹电器股份有限公司', '甲公司', '乙公司', '丙公司', '', '丁公司', '戊公司', '庚公司']);
    expect(col('总投资（万元）')).toEqual(['12,000', 'abc', '-5', '', '2.5亿元', '１２０００', '100', '5']);
    expect(col('geo_status')).toEqual(['resolved', 'resolved', 'unresolved', 'rejected', 'resolved', 'unresolved', 'rejected', 'rejected']);
    expect(lines[2]).toBe(
      '甲公司,高新区、经开区,abc,resolved,510703,涪城区,经开区,,user-fix:1,set by the user: 经开区 (涪城区),3,"Line 3: amount ""abc"" is not a number"',
    );
    expect(lines[4]).toBe('丙公司,,,rejected,,,,,row:0,short row: 1 of 3 cells,5,Line 5: short row: 1 of 3 cells');
    expect(lines[6]).toBe('丁公司,绵阳市,１２０００,unresolved,,,,,city-only:0,"names only the city (绵阳市), not a county or park",7,');
  });

  it('after a reload the stored list reports in English; refused files say why in English', async () => {
    await reload(h.page);
    await waitForMap(h.page);
    await h.page.getByTestId('imported-list').waitFor({ timeout: 20_000 });
    expect((await h.page.evaluate(() => window.__appState)).lang).toBe('en');
    await expect.poll(() => panel().locator('h2').innerText()).toBe('Import a list');
    await h.page.getByRole('button', { name: 'Report' }).click();
    await h.page.getByTestId('fix-table').waitFor();
    expect(await counts()).toBe('8 rows: 3 located · 0 ambiguous · 2 not located · 3 rejected');
    expect((await fixRows()).map((r) => r.problems[0] ?? '')).toEqual([
      'Line 3: amount "abc" is not a number',
      'Line 4: amount "-5" is negative',
      'Line 5: short row: 1 of 3 cells',
      'Line 6: the name is empty',
      '',
      'Line 8: the location is empty',
      'Line 9: long row: 4 cells for 3 columns',
    ]);
    await h.page.getByTestId('import-file').setInputFiles(resolve(IN, 'binary.bin'));
    await h.page.getByTestId('import-error').waitFor({ timeout: 20_000 });
    expect(await h.page.getByTestId('import-error').innerText()).toMatch(/^binary\.bin: Cannot read the file: /);
    await h.page.getByTestId('import-file').setInputFiles(resolve(IN, 'empty.csv'));
    await expect.poll(() => h.page.getByTestId('import-error').innerText()).toBe('empty.csv: The file is empty (0 bytes)');
  });

  it('title rows skipped above the header are reported in English', async () => {
    const file = resolve(IN, 'gbk-with-title-row.csv');
    const t = await readTable(new Uint8Array(readFileSync(file)), 'gbk-with-title-row.csv');
    expect(t.skippedTitleRows).toBeGreaterThan(0);
    await h.page.getByTestId('import-file').setInputFiles(file);
    await h.page.getByTestId('import-mapping').waitFor({ timeout: 30_000 });
    expect(await h.page.locator('[data-testid=import-mapping] .note').first().innerText()).toBe(
      `gbk-with-title-row.csv: ${t.rows.length} data row(s) (encoding ${t.encoding}, ${t.skippedTitleRows} title rows skipped)`,
    );
    await h.page.getByTestId('import-start').click();
    await h.page.waitForFunction((n) => document.querySelector('[data-testid=import-counts]')?.textContent?.startsWith(`${n} rows:`), t.rows.length, {
      timeout: 60_000,
    });
    const trailing = t.trailingBlankRows ? `; ${t.trailingBlankRows} blank row(s) at the end of the file` : '';
    expect(await h.page.getByTestId('import-skipped').innerText()).toBe(
      `${t.skippedTitleRows} row(s) above the header skipped (${t.titleRows.join(' / ')})${trailing}.`,
    );
    expect(await panel().locator('.import-report > .note').last().innerText()).toBe('Every row is located; nothing to fix.');
  });
});

describe('back to Chinese', () => {
  it('the same panel, report and messages in Chinese; the data unchanged', async () => {
    await h.page.getByRole('button', { name: 'Report' }).first().click();
    await h.page.getByTestId('fix-table').waitFor();
    await h.page.getByTestId('import-file').setInputFiles(resolve(IN, 'empty.csv'));
    await expect.poll(() => h.page.getByTestId('import-error').innerText()).toBe('empty.csv: The file is empty (0 bytes)');
    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(() => h.page.getByTestId('lang-toggle').innerText()).toBe('English');
    expect(await panel().locator('h2').innerText()).toBe('导入名单');
    expect(await counts()).toBe('共 8 行：已定位 3 · 有歧义 0 · 未定位 2 · 已拒绝 3');
    expect(await h.page.getByTestId('import-skipped').innerText()).toBe('文件末尾空行 1 行。');
    expect(await texts('[data-testid=fix-table] thead th')).toEqual(['行', '名称', '所在地', '状态', '说明 / 修正']);
    const rows = await fixRows();
    expect(rows.map((r) => [r.line, r.name, r.location, r.status, ...r.problems])).toEqual([
      ['3', '甲公司', '高新区、经开区', '已定位（已修正）', '第 3 行：金额 "abc" 不是数字'],
      ['4', '乙公司', '火星', '未定位', '第 4 行：金额 "-5" 是负数'],
      ['5', '丙公司', '', '已拒绝', '第 5 行：缺少单元格（只有 1 个，表头有 3 列）'],
      ['6', '', '江油市', '已定位', '第 6 行：名称为空'],
      ['7', '丁公司', '绵阳市', '未定位'],
      ['8', '戊公司', '', '已拒绝', '第 8 行：所在地为空'],
      ['9', '庚公司', '游仙区', '已拒绝', '第 9 行：单元格过多（4 个，表头只有 3 列）'],
    ]);
    // A message shown before the switch is said again in Chinese.
    expect(await h.page.getByTestId('import-error').innerText()).toBe('empty.csv：文件是空的（0 字节）');
    expect(await panel().locator('h3', { hasText: '我的名单' }).innerText()).toBe('我的名单（2）');
    expect(await h.page.getByTestId('imported-list').first().locator('.n').innerText()).toBe('8 行 · 已定位 3');
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-csv').first().click()]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[2]).toBe('甲公司,高新区、经开区,abc,resolved,510703,涪城区,经开区,,user-fix:1,用户指定：经开区（涪城区）,3,"第 3 行：金额 ""abc"" 不是数字"');
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
