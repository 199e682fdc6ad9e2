// The app's default first map as plain numbers, for the comparison pages of the bench: the count of every county
// (all policy lists, by county, counting designations) and its class colour, from data/ and the app's own counting and
// classification (src/lib), so the ECharts page draws the same classes in the same colours as the app.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countByArea } from '../src/lib/aggregate/index.ts';
import { joinPlacements, type SeedPlacement } from '../src/lib/aggregate/seedPlacement.ts';
import { buildAreaModel } from '../src/lib/view/areas.ts';
import { DEFAULT_VIEW } from '../src/lib/link/viewState.ts';
import type { County, ListMeta, Park, SeedRecord } from '../src/lib/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const json = <T>(path: string): T => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;

export interface BenchChoropleth {
  /** One entry per county of the boundaries, by its printed name (the ECharts map joins on it). */
  counties: { code: string; name: string; count: number; color: string }[];
  /** The classes as the legend shows them: zero first, then each positive class (inclusive bounds). */
  pieces: { min: number; max: number; color: string }[];
}

export function benchChoropleth(): BenchChoropleth {
  const lists = json<ListMeta[]>('data/lists.json');
  const records = json<SeedRecord[]>('data/records.json');
  const located = joinPlacements(records, json<SeedPlacement[]>('data/placed.json'));
  const v = DEFAULT_VIEW;
  const counts = countByArea(located, { lists: new Set(lists.map((l) => l.id)), by: v.by, distinct: v.distinct });
  const m = buildAreaModel(counts, { counties: json<County[]>('geo/counties.json'), parks: json<Park[]>('geo/parks.json') }, { ...v, custom: [] });
  const c = m.classification;
  return {
    counties: m.areas.filter((a) => a.kind === 'county').map((a) => ({ code: a.id, name: a.name, count: a.count ?? 0, color: a.color })),
    pieces: [{ min: 0, max: 0, color: c.zero.color }, ...c.bins.map((b) => ({ min: b.from, max: b.to, color: b.color }))],
  };
}
