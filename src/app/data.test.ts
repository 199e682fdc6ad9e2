// The app's data glue on the real extracted data: every record is placed or counted as unplaced, green parks
// land on their parks, bubbles never overlap. (Runs under vitest, which understands import.meta.glob like vite.)
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { geographyReady, loadData, place, type AppData } from './data.ts';
import { bubbleModel, greenParkModel, MAX_BUBBLE_RADIUS_M } from './overlays.ts';
import { countByArea, UNPLACED } from '../lib/aggregate/index.ts';
import { buildAreaModel } from '../lib/view/areas.ts';
import { buildRegistry } from '../lib/registry/index.ts';
import { locateAll } from '../lib/aggregate/index.ts';

let d: AppData;
beforeAll(async () => {
  d = await loadData();
});

describe('geographyReady', () => {
  it('decodes the boundaries once: 9 counties with codes, bounds around Mianyang', async () => {
    let calls = 0;
    // No fetch of file: URLs in Node: the same file, read from disk.
    const load = async () => (calls++, JSON.parse(await readFile(new URL('../../geo/mianyang.topo.json', import.meta.url), 'utf8')) as unknown);
    const g = await geographyReady(load);
    expect(g.geo.counties.features.map((f) => f.properties.code).sort()).toEqual(g.counties.map((c) => c.code).sort());
    expect(g.geo.counties.features).toHaveLength(9);
    const [w, s, e, n] = g.geo.bounds;
    expect([w > 103.5, s > 30.5, e < 106, n < 33.2, w < e, s < n]).toEqual([true, true, true, true, true, true]);
    expect(await geographyReady(load)).toBe(g);
    expect(calls).toBe(1);
  });
});

describe('loadData on data/*.json', () => {
  it('places or reports every record (no silent loss)', () => {
    expect(d.placed).toHaveLength(d.records.length);
    const all = new Set(d.lists.map((l) => l.id));
    const counts = countByArea(d.placed, { lists: all, by: 'county', distinct: false });
    const total = [...counts.values()].reduce((s, c) => s + c.count, 0);
    expect(total).toBe(d.records.length);
    const m = buildAreaModel(counts, d, { by: 'county' });
    expect(m.areas.reduce((s, a) => s + (a.count ?? 0), 0) + (counts.get(UNPLACED)?.count ?? 0)).toBe(d.records.length);
    // Every unplaced record says why.
    for (const p of d.placed) if (!p.loc.countyCode) expect(p.loc.note).toBeTruthy();
    // Placed records have a point to draw at.
    for (const p of d.placed) if (p.loc.countyCode) expect(p.point).toBeDefined();
  });

  it('in unit mode no record is counted twice (parks are not also in their county)', () => {
    const all = new Set(d.lists.map((l) => l.id));
    const unit = [...countByArea(d.placed, { lists: all, by: 'unit', distinct: false }).values()].reduce((s, c) => s + c.count, 0);
    expect(unit).toBe(d.records.length);
  });

  it('places the five green parks on their parks by name', () => {
    const g = greenParkModel(d);
    expect(g.total).toBe(5);
    expect(g.unplaced).toBe(0);
    const byName = Object.fromEntries(g.data.map((x) => [x.placed.record.name, x.placed.loc.parkId]));
    expect(byName['绵阳经济技术开发区']).toBe('jingkai');
    expect(byName['江油工业园区']).toBe('jiangyou-gongye');
    expect(g.legend.map((e) => [e.label, e.count])).toEqual([
      ['国家级 · 2019 年目标', 1],
      ['省级 · 2019 年目标', 2],
      ['省级 · 2020 年目标', 2],
    ]);
  });

  it('draws one bubble per project with an investment, each starting on its place (the map places them: mapSymbols.test.ts)', () => {
    const b = bubbleModel(d, d.lists);
    const withInv = d.records.filter((r) => d.lists.find((l) => l.id === r.list)?.hasInvestment && (r.investmentWan ?? 0) > 0);
    expect(b.bubbles.length + b.unplaced).toBe(withInv.length);
    for (const x of b.bubbles) expect(x.position).toEqual(x.item.anchor);
    expect(Math.max(...b.bubbles.map((x) => x.radiusM))).toBe(MAX_BUBBLE_RADIUS_M);
  });
});

describe('seed placement at build time (data/placed.json)', () => {
  it('places every record exactly as the registry and the geocoder do at run time, record for record', () => {
    const runtime = place(locateAll(d.records, buildRegistry(d.records, undefined, new Map(d.lists.map((l) => [l.id, l.planName])))), d.counties, d.parks);
    expect(d.placed.map((p) => p.record.id)).toEqual(runtime.map((p) => p.record.id));
    // Strict: a field the file cannot carry (a function, a class instance, a Map, a field left undefined) is drift too,
    // since the page only ever sees what JSON kept. On a mismatch, run `npm run data`.
    for (let i = 0; i < runtime.length; i++) expect(d.placed[i], `${runtime[i]!.record.id} (npm run data?)`).toStrictEqual(runtime[i]);
  });
});
