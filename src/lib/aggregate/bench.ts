// `npx tsx src/lib/aggregate/bench.ts`: time the per-view-change aggregation on 100,000 located rows (the
// budget is one 60 fps frame, 16 ms). A script, not a test, so CI timing noise cannot fail the suite.
import type { ResolvedLocation } from '../registry/index.ts';
import { countByArea, summarise, type LocatedRecord } from './index.ts';
import { rec } from '../registry/fixtures.ts';

const N = 100_000;
const LISTS = ['smart-factory', 'green-factory', 'green-tech', 'summit', 'sherpa', 'service-enterprise'];
const PLACES: ResolvedLocation[] = [
  { unit: '高新区', countyCode: '510703', county: '涪城区', kind: 'park', parkId: 'gaoxin', source: 'printed' },
  { unit: '经开区', countyCode: '510703', county: '涪城区', kind: 'park', parkId: 'jingkai', source: 'printed' },
  { unit: '游仙区', countyCode: '510704', county: '游仙区', kind: 'county', source: 'printed' },
  { unit: '江油市', countyCode: '510781', county: '江油市', kind: 'county', source: 'borrowed', from: 'x:1' },
  { source: 'none' },
];
const located: LocatedRecord[] = [];
for (let i = 0; i < N; i++) {
  const list = LISTS[i % LISTS.length]!;
  const r = rec(`${list}:${i}`, `企业${i % 20_000}`, undefined, i % 3 ? { investmentWan: i % 997 } : {});
  located.push({ record: r, key: `企业${i % 20_000}`, loc: PLACES[(i * 7) % PLACES.length]! });
}

function time(label: string, f: () => unknown, runs = 30): void {
  for (let i = 0; i < 5; i++) f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[runs >> 1]!.toFixed(2)} ms, max ${ms[runs - 1]!.toFixed(2)} ms (${N} rows)`);
}

const all = new Set(LISTS);
time('countByArea county distinct', () => countByArea(located, { lists: all, by: 'county', distinct: true }));
time('countByArea unit per-designation', () => countByArea(located, { lists: all, by: 'unit', distinct: false }));
time('countByArea 2 lists distinct', () => countByArea(located, { lists: ['green-tech', 'summit'], by: 'county', distinct: true }));
time('summarise by unit', () => summarise(located, { by: 'unit' }));
time('countByArea first call on a new array (interning)', () => countByArea([...located], { lists: all, by: 'county', distinct: true }), 10);
