// Small hand-made fixtures with real Mianyang names for the view-model tests.
import type { County, Park, SeedRecord } from '../types.ts';

const county = (code: string, name: string, short: string, point: [number, number]): County => ({ code, name, short, aliases: [short], point, areaKm2: 0 });

export const COUNTIES: County[] = [
  county('510703', '涪城区', '涪城', [104.65, 31.45]),
  county('510704', '游仙区', '游仙', [104.9, 31.6]),
  county('510781', '江油市', '江油', [104.8, 31.85]),
  county('510726', '北川羌族自治县', '北川', [104.35, 31.9]),
];

const park = (id: string, name: string, fullName: string, countyCode: string, county: string, point: [number, number]): Park => ({
  id,
  name,
  fullName,
  aliases: [],
  level: '国家级',
  countyCode,
  county,
  towns: [],
  point,
  pointMethod: 'fixture',
  sources: [],
});

export const PARKS: Park[] = [
  park('gaoxin', '高新区', '绵阳高新技术产业开发区', '510703', '涪城区', [104.6, 31.42]),
  park('jingkai', '经开区', '绵阳经济技术开发区', '510703', '涪城区', [104.75, 31.4]),
];

export function rec(over: Partial<SeedRecord> & { list: string; row: number; name: string }): SeedRecord {
  return {
    doc: '000_4ee7436a9fd2bc04.txt',
    docTitle: '绵府办发〔2019〕5号',
    plan: 'smart',
    planTitle: '绵阳市制造业智能化发展行动计划',
    table: '表1',
    tableTitle: '智能工厂',
    line: 100,
    id: `${over.list}:${over.row}`,
    kind: 'enterprise',
    namePrinted: over.name,
    extra: {},
    corrections: [],
    ...over,
  };
}
