// The built app runs under its own Content-Security-Policy (scripts/build/csp.ts) with no violation: the map,
// hover, every drawer tab, story mode, a PNG export, print and an import through the worker. The policy is proven
// to be in force: an inline script added to the page is blocked and reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RESULTS, startHarness, waitForMap, type Harness } from './harness.ts';
import { CSP } from '../../scripts/build/csp.ts';

let h: Harness;
/** Violations the page reported: directive and blocked URI. */
const violations = () => h.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

beforeAll(async () => {
  h = await startHarness();
  // Registered before any script of the page runs, so a violation at start-up is caught too.
  await h.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${(e.target as Element | null)?.outerHTML?.slice(0, 200) ?? ''}`,
      ),
    );
  });
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('Content-Security-Policy', () => {
  it('the built page carries the policy as its first <meta>', async () => {
    const meta = await h.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(meta).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe');
  });

  it('runs the map, hover, drawer tabs, story, PNG export, print and an import with no violation', async () => {
    const p = h.page;
    const box = (await p.getByTestId('map').boundingBox())!;
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (const tab of ['open-gaps', 'open-ranking', 'open-targets', 'open-quality']) {
      await p.getByTestId(tab).click();
      await p.getByTestId('drawer').waitFor();
    }
    await p.keyboard.press('Escape');
    await p.getByTestId('play-story').click();
    await p.getByTestId('story-title').waitFor();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Escape');
    await p.getByTestId('story-title').waitFor({ state: 'detached' });
    const download = p.waitForEvent('download', { timeout: 60_000 });
    await p.getByTestId('export-png').click();
    await download;
    await p.evaluate(() => {
      window.print = () => void document.body.setAttribute('data-printed', '1');
    });
    await p.getByTestId('print').click();
    await p.waitForSelector('body[data-printed="1"]', { timeout: 60_000 });
    await p.getByTestId('print-map').waitFor({ state: 'attached' });
    // The import panel loads after the first map; its worker reads and geocodes the file.
    const dir = resolve(RESULTS, 'csp-e2e');
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, 'csp.csv');
    writeFileSync(file, '企业名称,所在地\n四川长虹电器股份有限公司,高新区\n');
    await p.getByTestId('import-file').setInputFiles(file);
    await p.getByTestId('import-mapping').waitFor({ timeout: 30_000 });
    await p.getByTestId('import-start').click();
    await p.waitForFunction(() => document.querySelector('[data-testid=import-counts]')?.textContent?.includes('共 1 行'), undefined, { timeout: 60_000 });
    expect(await violations()).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it('is in force: an inline script added to the page does not run and is reported', async () => {
    await h.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await expect.poll(async () => (await violations()).length).toBe(1);
    expect((await violations())[0]).toMatch(/^script-src-elem inline /);
    expect(await h.page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    // The blocked script is logged as a console error by Chromium: expected here, not a failure of the app.
    h.errors.length = 0;
  });
});
