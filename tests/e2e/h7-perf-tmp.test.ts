import { it } from 'vitest';
import { resolve } from 'node:path';
import { RESULTS, startHarness, waitForMap } from './harness.ts';
it('perf', async () => {
  const h = await startHarness('perf');
  await h.page.goto(h.url);
  await waitForMap(h.page);
  for (let k = 0; k < 2; k++) {
    await h.page.evaluate(() => {
      const w = window as any; w.__gaps = []; w.__last = performance.now(); w.__t0 = performance.now(); w.__run = true;
      const tick = () => { const t = performance.now(); if (t - w.__last > 100) w.__gaps.push([Math.round(w.__last - w.__t0), Math.round(t - w.__last)]); w.__last = t; if (w.__run) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    await h.page.getByTestId('import-file').setInputFiles(resolve(RESULTS, 'import-e2e/big-100k.csv'));
    await h.page.getByTestId('import-mapping').waitFor();
    await h.page.getByTestId('import-start').click();
    await h.page.waitForFunction(() => document.querySelector('[data-testid=import-counts]')?.textContent?.includes('共 100000 行'), undefined, { timeout: 60000 });
    await h.page.waitForTimeout(1500);
    console.log('PERF gaps', JSON.stringify(await h.page.evaluate(() => { (window as any).__run = false; return (window as any).__gaps; })), await h.page.getByTestId('import-timing').innerText());
  }
  await h.close();
}, 120000);
