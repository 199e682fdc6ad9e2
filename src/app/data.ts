// Loads the bundled geography and the extracted lists, and places every record at a county/park.
// Team modules (geocoder, registry) are picked up through import.meta.glob so the map still starts — with a
// clear message — while one of them is missing or broken; nothing is silently dropped: unplaced records are counted.
import type { Topology } from 'topojson-specification';
import topo from '../../geo/mianyang.topo.json';
import countiesJson from '../../geo/counties.json';
import parksJson from '../../geo/parks.json';
import type { County, GeoResult, ListMeta, Park, SeedRecord } from '../lib/types.ts';
import { topologyToGeography, type MapGeography } from '../lib/view/geo.ts';
import type { Placed } from '../lib/view/count.ts';

export interface AppData {
  geo: MapGeography;
  counties: County[];
  parks: Park[];
  lists: ListMeta[];
  records: SeedRecord[];
  placed: Placed[];
  /** How records were placed (which team modules were available), for the status line. */
  placement: string;
}

const dataFiles = import.meta.glob<unknown>('../../data/{lists,records}.json', { import: 'default' });
const geocodeMod = import.meta.glob<{ geocode: (t: string) => GeoResult }>('../lib/geocode/index.ts');
type Located = { unit?: string; countyCode?: string; source?: 'printed' | 'borrowed' | 'none'; from?: string; conflict?: boolean };
const registryMod = import.meta.glob<{
  buildRegistry: (r: SeedRecord[]) => { resolveLocation: (r: SeedRecord) => Located; keyOf?: (r: SeedRecord) => string };
}>('../lib/registry/index.ts');

export class DataError extends Error {}

export function loadGeography(): { geo: MapGeography; counties: County[]; parks: Park[] } {
  return {
    geo: topologyToGeography(topo as unknown as Topology),
    counties: countiesJson as County[],
    parks: parksJson as Park[],
  };
}

async function loadJson(name: 'lists' | 'records'): Promise<unknown> {
  const loader = dataFiles[`../../data/${name}.json`];
  if (!loader) throw new DataError(`缺少数据文件 data/${name}.json（请先运行 npm run data）`);
  return loader();
}

export async function loadData(): Promise<AppData> {
  const { geo, counties, parks } = loadGeography();
  const lists = await loadJson('lists');
  const records = await loadJson('records');
  if (!Array.isArray(lists) || !Array.isArray(records)) throw new DataError('数据文件格式错误：data/lists.json 与 data/records.json 应为数组');
  const { placed, placement } = await placeAll(records as SeedRecord[], counties, parks);
  return { geo, counties, parks, lists: lists as ListMeta[], records: records as SeedRecord[], placed, placement };
}

async function placeAll(records: SeedRecord[], counties: County[], parks: Park[]): Promise<{ placed: Placed[]; placement: string }> {
  const parkByName = new Map<string, Park>();
  for (const p of parks) for (const n of [p.name, p.fullName, p.id, ...p.aliases]) parkByName.set(n, p);
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  const toPlaced = (r: SeedRecord, key: string, unit: string | undefined, countyCode: string | undefined, source: Placed['source'], note?: string): Placed => {
    const park = unit ? parkByName.get(unit) : undefined;
    const county = countyCode ? countyByCode.get(countyCode) : undefined;
    if (!county) return { record: r, key, source: 'none', note: note ?? (r.location ? `无法定位：${r.location}` : '无属地') };
    return {
      record: r,
      key,
      countyCode: county.code,
      ...(park ? { parkId: park.id } : {}),
      point: park?.point ?? county.point,
      source,
      ...(note ? { note } : {}),
    };
  };

  const geoLoader = geocodeMod['../lib/geocode/index.ts'];
  const geocode = geoLoader ? (await geoLoader()).geocode : undefined;
  // Park lists (green-park) have no location column: the row names the park itself, so its name places it.
  const byOwnName = (p: Placed): Placed => {
    if (p.countyCode || p.record.kind !== 'park' || !geocode) return p;
    const g = geocode(p.record.name);
    return g.status === 'resolved' ? toPlaced(p.record, p.key, g.park ?? g.county, g.countyCode, 'printed', '按园区名称定位') : p;
  };

  const regLoader = registryMod['../lib/registry/index.ts'];
  if (regLoader) {
    try {
      const reg = (await regLoader()).buildRegistry(records);
      const placed = records.map((r) => {
        const loc = reg.resolveLocation(r);
        const key = reg.keyOf ? reg.keyOf(r) : r.name;
        return byOwnName(toPlaced(r, key, loc.unit, loc.countyCode, loc.source ?? 'printed', loc.conflict ? '属地有冲突' : undefined));
      });
      return { placed, placement: '企业名录（含借用属地）' };
    } catch (e) {
      console.warn('registry failed, falling back to the geocoder', e);
    }
  }
  if (geocode) {
    const placed = records.map((r) => {
      if (!r.location) return byOwnName(toPlaced(r, r.name, undefined, undefined, 'none'));
      const g = geocode(r.location);
      return g.status === 'resolved' ? toPlaced(r, r.name, g.park ?? g.county, g.countyCode, 'printed') : toPlaced(r, r.name, undefined, undefined, 'none', `${r.location}：${g.note}`);
    });
    return { placed, placement: '地名解析（仅印刷属地）' };
  }
  throw new DataError('缺少地名解析模块 src/lib/geocode，无法定位名单');
}
