// Loads the bundled geography and the extracted lists, and places every record at a county/park through the
// team's registry (printed 属地, or borrowed from the same enterprise elsewhere). Nothing is dropped: records
// that cannot be placed keep loc.countyCode undefined and are counted under 未定位 by aggregate.countByArea.
import type { Topology } from 'topojson-specification';
import topo from '../../geo/mianyang.topo.json';
import countiesJson from '../../geo/counties.json';
import parksJson from '../../geo/parks.json';
import type { County, ListMeta, Park, SeedRecord, TargetRecord } from '../lib/types.ts';
import { topologyToGeography, type MapGeography } from '../lib/view/geo.ts';
import { buildRegistry } from '../lib/registry/index.ts';
import { locateAll, type LocatedRecord } from '../lib/aggregate/index.ts';

/** A located record plus the point the map draws it at (its park's point, else its county's). */
export interface Placed extends LocatedRecord {
  point?: [number, number];
}

export interface AppData {
  geo: MapGeography;
  counties: County[];
  parks: Park[];
  lists: ListMeta[];
  records: SeedRecord[];
  /** Goals of the plans' 目标 tables (data/targets.json), for targets vs outcomes. */
  targets: TargetRecord[];
  placed: Placed[];
}

// Lazy and tolerant: a missing data file is a message in the page ("run npm run data"), not a failed build.
const dataFiles = import.meta.glob<unknown>('../../data/{lists,records,targets}.json', { import: 'default' });

export class DataError extends Error {}

let geography: { geo: MapGeography; counties: County[]; parks: Park[] } | undefined;

/** Decoded once: the map and the data loader both ask for it at start-up. */
export function loadGeography(): { geo: MapGeography; counties: County[]; parks: Park[] } {
  geography ??= {
    geo: topologyToGeography(topo as unknown as Topology),
    counties: countiesJson as County[],
    parks: parksJson as Park[],
  };
  return geography;
}

async function loadJson(name: 'lists' | 'records' | 'targets'): Promise<unknown> {
  const loader = dataFiles[`../../data/${name}.json`];
  if (!loader) throw new DataError(`缺少数据文件 data/${name}.json（请先运行 npm run data）`);
  return loader();
}

export async function loadData(): Promise<AppData> {
  const { geo, counties, parks } = loadGeography();
  const [lists, records, targets] = await Promise.all([loadJson('lists'), loadJson('records'), loadJson('targets')]);
  if (!Array.isArray(lists) || !Array.isArray(records) || !Array.isArray(targets)) throw new DataError('数据文件格式错误：data/lists.json、records.json 与 targets.json 应为数组');
  const placed = place(locateAll(records as SeedRecord[], buildRegistry(records as SeedRecord[])), counties, parks);
  return { geo, counties, parks, lists: lists as ListMeta[], records: records as SeedRecord[], targets: targets as TargetRecord[], placed };
}

export function place(located: readonly LocatedRecord[], counties: readonly County[], parks: readonly Park[]): Placed[] {
  const parkById = new Map(parks.map((p) => [p.id, p]));
  const parkByName = new Map(parks.map((p) => [p.name, p]));
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  return located.map((l) => {
    if (l.loc.countyCode === undefined) return l;
    const park = l.loc.kind === 'park' ? ((l.loc.parkId ? parkById.get(l.loc.parkId) : undefined) ?? (l.loc.unit ? parkByName.get(l.loc.unit) : undefined)) : undefined;
    const point = park?.point ?? countyByCode.get(l.loc.countyCode)?.point;
    return point ? { ...l, point } : l;
  });
}
