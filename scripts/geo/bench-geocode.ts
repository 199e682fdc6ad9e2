// Throughput of geocode() on 100,000 mixed rows: `npx tsx scripts/geo/bench-geocode.ts`. Not a test: timings vary.
import { createGeocoder, listCounties, listParks, listTowns } from '../../src/lib/geocode/index.ts';
import outside from '../../geo/outside-names.json';

const counties = listCounties();
const towns = listTowns();
const parks = listParks();
const cells = [...counties.flatMap((c) => [c.name, ...c.aliases]), ...parks.map((p) => p.name), '绵阳', '成都市武侯区', '', '购置三台数控机床'];

/** Deterministic pseudo-random, so runs compare. */
let seed = 42;
const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

function rows(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 4;
    if (k === 0) out.push(cells[rnd(cells.length)]!);
    else if (k === 1) {
      const t = towns[rnd(towns.length)]!;
      const c = counties.find((x) => x.code === t.countyCode)!;
      out.push(`四川省绵阳市${c.name}${t.name}幸福路${i}号`);
    } else if (k === 2) out.push(`${towns[rnd(towns.length)]!.name}${i}组`);
    else out.push(`${parks[rnd(parks.length)]!.fullName}（${i}号厂房）`);
  }
  return out;
}

const data = rows(100_000);
const gazetteer = { counties, parks, towns, outside: outside as string[] };
const t0 = performance.now();
const g = createGeocoder(gazetteer);
const tIndex = performance.now() - t0;
for (const [label, input] of [['mixed, 75% unique', data], ['repeat run (memo hits)', data]] as const) {
  const t = performance.now();
  const counts: Record<string, number> = {};
  for (const s of input) {
    const st = g.geocode(s).status;
    counts[st] = (counts[st] ?? 0) + 1;
  }
  const ms = performance.now() - t;
  console.log(`${label}: ${input.length} rows in ${ms.toFixed(0)} ms = ${Math.round(input.length / (ms / 1000))} rows/s`, counts);
}
console.log(`index build ${tIndex.toFixed(1)} ms`);
