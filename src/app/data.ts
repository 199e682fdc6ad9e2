// Loads the bundled geography and the extracted lists, and places every record at a county/park through the
// team's registry (printed 属地, or borrowed from the same enterprise elsewhere). Nothing is dropped: records
// that cannot be placed keep loc.countyCode undefined and are counted under 未定位 by aggregate.countByArea.
import type { Topology } from 'topojson-specification';
import countiesJson from '../../geo/counties.json';
import parksJson from '../../geo/parks.json';
import type { County, ListId, ListMeta, Park, SeedRecord, TargetRecord } from '../lib/types.ts';
import { groupByList } from '../lib/aggregate/byList.ts';
import { topologyToGeography, type MapGeography } from '../lib/view/map/geo.ts';
import { buildRegistry } from '../lib/registry/index.ts';
import { locateAll, type LocatedRecord } from '../lib/aggregate/index.ts';

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

// Lazy and tolerant: a missing data file is a message in the page ("run npm run data"), not a failed build.
const dataFiles = import.meta.glob<unknown>('../../data/{lists,records,targets}.json', { import: 'default' });

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

/** Loads and decodes the boundaries once (the first caller's loader wins; Node tests pass one that reads the file). */
export function geographyReady(load: TopologyLoader = fetchTopology): Promise<{ geo: MapGeography; counties: County[]; parks: Park[] }> {
  geographyLoad ??= load().then((topo) => {
    performance.mark('app:topology-parsed');
    geography = {
      geo: topologyToGeography(topo as Topology),
      counties: countiesJson as County[],
      parks: parksJson as Park[],
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

async function loadJson(name: 'lists' | 'records' | 'targets'): Promise<unknown> {
  const loader = dataFiles[`../../data/${name}.json`];
  if (!loader) throw new DataError(`缺少数据文件 data/${name}.json（请先运行 npm run data）`);
  return loader();
}

export async function loadData(): Promise<AppData> {
  // Not the boundaries: the lists, tables and drawer work even when the map cannot be drawn.
  const counties = countiesJson as County[];
  const parks = parksJson as Park[];
  const [lists, records, targets] = await Promise.all([loadJson('lists'), loadJson('records'), loadJson('targets')]);
  if (!Array.isArray(lists) || !Array.isArray(records) || !Array.isArray(targets))
    throw new DataError('数据文件格式错误：data/lists.json、records.json 与 targets.json 应为数组');
  performance.mark('app:data-fetched');
  // The plan names cite the rows inside the registry's notes (智能化 表4 第10行).
  const planNames = new Map((lists as ListMeta[]).map((l) => [l.id, l.planName]));
  const placed = place(locateAll(records as SeedRecord[], buildRegistry(records as SeedRecord[], undefined, planNames)), counties, parks);
  performance.mark('app:data-placed');
  return {
    counties,
    parks,
    lists: lists as ListMeta[],
    records: records as SeedRecord[],
    targets: targets as TargetRecord[],
    placed,
    byList: groupByList(placed),
  };
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
