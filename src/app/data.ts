// Loads the bundled geography and the extracted lists with their places. The places were decided at build time
// (`npm run data` → data/placed.json, scripts/place-seeds.ts): the registry and the geocoder are not on the start-up
// path. Nothing is dropped: records that cannot be placed keep loc.countyCode undefined and are counted under 未定位
// by aggregate.countByArea.
import type { Topology } from 'topojson-specification';
import countiesJson from '../../geo/counties.json';
import type { County, ListId, ListMeta, Park, SeedRecord, TargetRecord } from '../lib/types.ts';
import { groupByList } from '../lib/aggregate/byList.ts';
import { topologyToGeography, type MapGeography } from '../lib/view/map/geo.ts';
import type { LocatedRecord } from '../lib/aggregate/types.ts';
import { joinPlacements, type SeedPlacement } from '../lib/aggregate/seedPlacement.ts';

/** A located record plus the point the map draws it at (its park's point, else its county's). */
export interface Placed extends LocatedRecord {
  point?: [number, number];
}

export interface AppData {
  counties: County[];
  parks: Park[];
  lists: ListMeta[];
  records: SeedRecord[];
  /** Goals of the plans' 目标 tables (data/targets.json), for targets vs outcomes. */
  targets: TargetRecord[];
  placed: Placed[];
  /** `placed` grouped by list, in order: each list's rows as one array (src/lib/aggregate/byList.ts). */
  byList: ReadonlyMap<ListId, readonly Placed[]>;
}

export class DataError extends Error {}

let geography: { geo: MapGeography; counties: County[]; parks: Park[] } | undefined;

/**
 * The boundaries (geo/mianyang.topo.json, ~36 KB gzip) are data, not code: an asset fetched and JSON.parse'd, which
 * is cheaper than parsing the same object as script and keeps it out of the initial-JS budget. index.html preloads it
 * (vite.config.ts), so it downloads while the app's code is still being parsed.
 */
export const TOPOLOGY_URL = new URL('../../geo/mianyang.topo.json', import.meta.url).href;

export type TopologyLoader = () => Promise<unknown>;

export const fetchTopology: TopologyLoader = async () => {
  const r = await fetch(TOPOLOGY_URL);
  if (!r.ok) throw new DataError(`边界文件 geo/mianyang.topo.json 读取失败：HTTP ${r.status}`);
  return r.json();
};

let geographyLoad: Promise<{ geo: MapGeography; counties: County[]; parks: Park[] }> | undefined;

let parksLoad: Promise<Park[]> | undefined;

/**
 * The park gazetteer (geo/parks.json, ~2 KB gzip), fetched once like the data files: as script it was first-load JS
 * (npm run bench bundle.initial_js_gzip_kb). The geocoder, which runs in the import worker, still imports it.
 */
const parksReady = (): Promise<Park[]> =>
  (parksLoad ??= fetchDataFile('parks').then((v) => arrayOf<Park>('parks', v, { id: 'string', name: 'string', countyCode: 'string' })));

/** Loads and decodes the boundaries once (the first caller's loader wins; Node tests pass one that reads the file). */
export function geographyReady(load: TopologyLoader = fetchTopology): Promise<{ geo: MapGeography; counties: County[]; parks: Park[] }> {
  geographyLoad ??= Promise.all([load(), parksReady()]).then(([topo, parks]) => {
    performance.mark('app:topology-parsed');
    geography = {
      geo: topologyToGeography(topo as Topology),
      counties: countiesJson as County[],
      parks,
    };
    // Start-up marks (npm run bench prints them): where the time to the first choropleth goes.
    performance.mark('app:geography');
    return geography;
  });
  return geographyLoad;
}

/** The decoded geography, for code that runs after geographyReady (the map is mounted only then). */
export function loadGeography(): { geo: MapGeography; counties: County[]; parks: Park[] } {
  if (!geography) throw new Error('loadGeography() before geographyReady resolved');
  return geography;
}

/**
 * The data files, like the boundaries: assets fetched and JSON.parse'd (not script, so not in the initial JS), preloaded
 * by index.html (vite.config.ts) so that they download beside the app's code and are there when it asks. Tolerant: a
 * missing file is a message in the page ("run npm run data"), not a failed build.
 */
export const DATA_URLS = {
  lists: new URL('../../data/lists.json', import.meta.url).href,
  records: new URL('../../data/records.json', import.meta.url).href,
  placed: new URL('../../data/placed.json', import.meta.url).href,
  targets: new URL('../../data/targets.json', import.meta.url).href,
  parks: new URL('../../geo/parks.json', import.meta.url).href,
} as const;

export type DataFile = keyof typeof DATA_URLS;

async function fetchDataFile(name: DataFile): Promise<unknown> {
  const r = await fetch(DATA_URLS[name]).catch(() => undefined);
  const file = name === 'parks' ? 'geo/parks.json' : `data/${name}.json`;
  if (!r?.ok) throw new DataError(`缺少数据文件 ${file}（${r ? `HTTP ${r.status}` : '无法读取'}；请先运行 npm run data）`);
  // The dev server answers a missing file with the page itself: not JSON.
  return r.json().catch(() => {
    throw new DataError(`数据文件 ${file} 不是 JSON（请重新运行 npm run data）`);
  });
}

/** Every element is an object with these fields of these types (the rest is trusted: the files are ours, checked in CI). */
function arrayOf<T>(name: DataFile, v: unknown, fields: Record<string, 'string' | 'object'>): T[] {
  const file = name === 'parks' ? 'geo/parks.json' : `data/${name}.json`;
  if (!Array.isArray(v)) throw new DataError(`数据文件格式错误：${file} 应为数组`);
  const ok = (x: unknown) =>
    typeof x === 'object' &&
    x !== null &&
    Object.entries(fields).every(([f, type]) => typeof (x as Record<string, unknown>)[f] === type && (x as Record<string, unknown>)[f] !== null);
  const bad = v.findIndex((x) => !ok(x));
  if (bad !== -1) throw new DataError(`数据文件格式错误：${file} 第 ${bad + 1} 项缺少 ${Object.keys(fields).join('、')}`);
  return v as T[];
}

export async function loadData(): Promise<AppData> {
  // Not the boundaries: the lists, tables and drawer work even when the map cannot be drawn.
  const counties = countiesJson as County[];
  const [lists, records, placements, targets, parks] = await Promise.all([
    fetchDataFile('lists').then((v) => arrayOf<ListMeta>('lists', v, { id: 'string' })),
    fetchDataFile('records').then((v) => arrayOf<SeedRecord>('records', v, { id: 'string', list: 'string', name: 'string' })),
    fetchDataFile('placed').then((v) => arrayOf<SeedPlacement>('placed', v, { id: 'string', key: 'string', loc: 'object' })),
    fetchDataFile('targets').then((v) => arrayOf<TargetRecord>('targets', v, { id: 'string' })),
    parksReady(),
  ]);
  performance.mark('app:data-fetched');
  // A stale placement file is refused whole (PlacementMismatch names the records), never half joined.
  const placed = place(joinPlacements(records, placements), counties, parks);
  performance.mark('app:data-placed');
  return { counties, parks, lists, records, targets, placed, byList: groupByList(placed) };
}

export function place(located: readonly LocatedRecord[], counties: readonly County[], parks: readonly Park[]): Placed[] {
  const parkById = new Map(parks.map((p) => [p.id, p]));
  const parkByName = new Map(parks.map((p) => [p.name, p]));
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  return located.map((l) => {
    if (l.loc.countyCode === undefined) return l;
    const park =
      l.loc.kind === 'park' ? ((l.loc.parkId ? parkById.get(l.loc.parkId) : undefined) ?? (l.loc.unit ? parkByName.get(l.loc.unit) : undefined)) : undefined;
    const point = park?.point ?? countyByCode.get(l.loc.countyCode)?.point;
    return point ? { ...l, point } : l;
  });
}
