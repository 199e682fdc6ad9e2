// Failure states: no WebGL, and a data file that cannot be loaded, each show a message instead of a blank page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('error states', () => {
  it('without WebGL the page says so', async () => {
    const page = await h.browser.newPage();
    await page.addInitScript(() => {
      const orig = HTMLCanvasElement.prototype.getContext;
      // @ts-expect-error -- deliberately narrowing the overloads: every WebGL request fails, 2D still works.
      HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : orig.call(this, type as '2d', ...(rest as []));
      };
    });
    await page.goto(h.url);
    const banner = page.getByTestId('error');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.innerText()).toMatch(/^无法创建地图（WebGL 不可用？）：/);
    // Panels that load after the first map (import, table view) still come: a failed map does not hold them back.
    await page.getByTestId('import-panel').waitFor({ timeout: 30_000 });
    await page.getByTestId('area-table').waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('a data file that fails to load shows the data error', async () => {
    const page = h.page;
    // Dev serves data/records.json; the build fetches it as an asset (records-<hash>.json), like the boundaries.
    await page.route(/\/(data\/)?records[^/]*\.(json|js)/, (r) => r.abort());
    await page.goto(h.url);
    const banner = page.getByTestId('error');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.innerText()).toBe('数据加载失败：缺少数据文件 data/records.json（无法读取；请先运行 npm run data）');
    await shot(page, 'error-data');
    expect(h.external).toEqual([]);
    await page.unroute(/\/(data\/)?records[^/]*\.(json|js)/);
  });

  it('a placement file that does not match the records (data/placed.json not rebuilt) is refused, naming the records', async () => {
    const page = await h.browser.newPage();
    // Every record but the first two has a place: the page must not draw the map without them.
    await page.route(/\/(data\/)?placed[^/]*\.json/, async (r) => {
      const placed = (await (await r.fetch()).json()) as { id: string }[];
      await r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(placed.slice(2)) });
    });
    await page.goto(h.url);
    const banner = page.getByTestId('error');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.innerText()).toBe(
      '数据加载失败：data/placed.json 与 data/records.json 不一致：2 条记录没有位置（smart-factory:1、smart-factory:2）（请运行 npm run data）',
    );
    await page.close();
  });

  it('boundaries that fail to load are reported where the map would be; the lists still load', async () => {
    const page = await h.browser.newPage();
    // The build fetches geo/mianyang.topo.json as an asset (mianyang.topo-<hash>.json).
    await page.route(/mianyang\.topo[^/]*\.json/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto(h.url);
    const msg = page.getByTestId('map-error');
    await msg.waitFor({ timeout: 30_000 });
    expect(await msg.innerText()).toBe('地图边界加载失败：边界文件 geo/mianyang.topo.json 读取失败：HTTP 404');
    // The rest of the page works: the list picker is there and the area table still counts.
    await page.getByTestId('list-picker').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('map').count()).toBe(0);
    await page.getByTestId('import-panel').waitFor({ timeout: 30_000 });
    await page.close();
  });
});
