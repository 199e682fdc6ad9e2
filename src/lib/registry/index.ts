// The enterprise registry: one entity per real enterprise across all lists, with every printed name and every
// printed location, so that rows from tables without a 属地 column can borrow a location, and distinct counts
// count an enterprise once.
//
// Location rules (decided here, tested in registry.test.ts):
// - A park and the county that contains it are the same place at two zoom levels: a refinement, not a conflict.
//   The most specific consistent unit (the park) is what gets borrowed.
// - Two parks in the same county (长虹电器: 经开区 vs 高新区) conflict; a borrower gets the county both lie in,
//   flagged conflict — true at county level, and never a guess between the parks.
// - Two different counties (华祥机械: 安州区 vs 游仙区) conflict; nothing is borrowed (source 'none', conflict).
//   A row on the wrong county is worse than a row counted under 未定位.
// - A row's own printed location always wins over borrowing; printed rows of a conflicted entity keep their
//   printed unit and are flagged conflict so the map can say so.
import type { SeedRecord } from '../types.ts';
import type { Msg } from '../i18n/index.ts';
import { citeMsg } from '../cite.ts';
import { canonicalUnit, listCounties, listParks } from '../geocode/index.ts';
import { ALIASES } from './aliases.ts';
import { isJointName, normalizeName } from './normalize.ts';

export { normalizeName, isJointName } from './normalize.ts';
export { ALIASES, NOT_ALIASES, type Alias } from './aliases.ts';

export interface Unit {
  /** County full name or park short name. */
  unit: string;
  kind: 'park' | 'county';
  countyCode: string;
}

/** The place lookups the registry needs; injectable so tests can use a tiny gazetteer. */
export interface RegistryGazetteer {
  canonicalUnit(text: string): Unit | undefined;
  countyName(code: string): string | undefined;
  parkId(name: string): string | undefined;
}

export interface EntityLocation extends Unit {
  /** Ids of the records that printed this unit. */
  records: string[];
}

export interface Entity {
  key: string;
  /** Every distinct name as printed (after the extractor's corrections), in order of first appearance. */
  names: string[];
  records: string[];
  locations: EntityLocation[];
  /** Which alias (if any) joined a name to this key, with its reason. */
  aliasReasons: string[];
}

export interface LocationIssue {
  key: string;
  names: string[];
  locations: EntityLocation[];
  /** conflict: 'county' = different counties, 'park' = different parks of one county; refinement: park within county. */
  level: 'county' | 'park' | 'refinement';
}

export interface ResolvedLocation {
  unit?: string;
  countyCode?: string;
  /** Full name of the county (the unit itself, or the county containing the park). */
  county?: string;
  kind?: 'park' | 'county';
  /** Gazetteer id of the park, for map ids. */
  parkId?: string;
  source: 'printed' | 'borrowed' | 'none';
  /** For borrowed: the record whose printed location was used. */
  from?: string;
  conflict?: boolean;
  /**
   * Why, whenever the location is not simply printed and resolved: a message (src/lib/i18n/notes.*.ts), its rows
   * cited as printed (智能化 表4 第10行), never by record id.
   */
  note?: Msg;
}

export interface Registry {
  entities: Entity[];
  conflicts: LocationIssue[];
  refinements: LocationIssue[];
  keyOf(record: SeedRecord): string;
  entityOf(record: SeedRecord): Entity | undefined;
  resolveLocation(record: SeedRecord): ResolvedLocation;
}

let defaultGaz: RegistryGazetteer | undefined;
function defaultGazetteer(): RegistryGazetteer {
  if (defaultGaz) return defaultGaz;
  const counties = new Map(listCounties().map((c) => [c.code, c.name]));
  const parks = new Map(listParks().map((p) => [p.name, p.id]));
  return (defaultGaz = { canonicalUnit, countyName: (c) => counties.get(c), parkId: (n) => parks.get(n) });
}

const aliasMap = new Map(ALIASES.map((a) => [a.from, a]));

/** The registry key of a printed name: normalised, then mapped through the alias table. */
export function enterpriseKey(name: string): string {
  const n = normalizeName(name);
  return aliasMap.get(n)?.to ?? n;
}

/** The unit a record prints itself: its 属地 cell, or for a park row without one, the park's own name. */
function printedText(r: SeedRecord): string | undefined {
  if (r.location && r.location.trim()) return r.location;
  if (r.kind === 'park') return r.name;
  return undefined;
}

function classify(locations: readonly EntityLocation[]): LocationIssue['level'] | 'single' | 'none' {
  if (locations.length === 0) return 'none';
  if (locations.length === 1) return 'single';
  const counties = new Set(locations.map((l) => l.countyCode));
  if (counties.size > 1) return 'county';
  const parks = locations.filter((l) => l.kind === 'park');
  return parks.length > 1 ? 'park' : 'refinement';
}

/**
 * `planNames` (list id → ListMeta.planName) names the plan in the citations inside notes; without it a row is cited
 * by document, table and row only.
 */
export function buildRegistry(
  records: readonly SeedRecord[],
  gazetteer: RegistryGazetteer = defaultGazetteer(),
  planNames: ReadonlyMap<string, string> = new Map(),
): Registry {
  const byId = new Map(records.map((r) => [r.id, r]));
  const cite = (id: string): Msg => {
    const r = byId.get(id)!;
    return citeMsg(r, planNames.get(r.list));
  };
  const countyOf = (code: string): { county?: string } => {
    const county = gazetteer.countyName(code);
    return county ? { county } : {};
  };
  const byKey = new Map<string, Entity>();
  const keyById = new Map<string, string>();
  const printedById = new Map<string, Unit | undefined>();
  for (const r of records) {
    const norm = normalizeName(r.name);
    const alias = aliasMap.get(norm);
    const key = alias?.to ?? norm;
    keyById.set(r.id, key);
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { key, names: [], records: [], locations: [], aliasReasons: [] }));
    if (!e.names.includes(r.name)) e.names.push(r.name);
    if (alias && !e.aliasReasons.includes(alias.reason)) e.aliasReasons.push(alias.reason);
    e.records.push(r.id);
    const text = printedText(r);
    const u = text === undefined ? undefined : gazetteer.canonicalUnit(text);
    printedById.set(r.id, u);
    if (!u) continue;
    const loc = e.locations.find((l) => l.unit === u.unit && l.countyCode === u.countyCode);
    if (loc) loc.records.push(r.id);
    else e.locations.push({ unit: u.unit, kind: u.kind, countyCode: u.countyCode, records: [r.id] });
  }

  const conflicts: LocationIssue[] = [];
  const refinements: LocationIssue[] = [];
  /** What a record without its own location gets from its entity. */
  const borrowable = new Map<string, ResolvedLocation>();
  for (const e of byKey.values()) {
    const level = classify(e.locations);
    if (level === 'none') continue;
    if (level === 'county' || level === 'park') conflicts.push({ key: e.key, names: e.names, locations: e.locations, level });
    if (level === 'refinement') refinements.push({ key: e.key, names: e.names, locations: e.locations, level });
    const places: Msg[] = e.locations.map((l) => ({ key: 'reg.placeRows', params: { unit: l.unit, rows: l.records.map(cite) } }));
    if (level === 'county') {
      borrowable.set(e.key, { source: 'none', conflict: true, note: { key: 'reg.conflict', params: { places } } });
      continue;
    }
    if (level === 'park') {
      const code = e.locations[0]!.countyCode;
      const county = gazetteer.countyName(code) ?? code;
      borrowable.set(e.key, {
        unit: county,
        countyCode: code,
        county,
        kind: 'county',
        source: 'borrowed',
        from: e.locations[0]!.records[0]!,
        conflict: true,
        note: { key: 'reg.parks', params: { places, county } },
      });
      continue;
    }
    const best = e.locations.find((l) => l.kind === 'park') ?? e.locations[0]!;
    const parkId = best.kind === 'park' ? gazetteer.parkId(best.unit) : undefined;
    borrowable.set(e.key, {
      unit: best.unit,
      countyCode: best.countyCode,
      ...countyOf(best.countyCode),
      kind: best.kind,
      ...(parkId ? { parkId } : {}),
      source: 'borrowed',
      from: best.records[0]!,
      note: { key: 'reg.borrowed', params: { from: cite(best.records[0]!), unit: best.unit } },
    });
  }
  const conflicted = new Set(conflicts.map((c) => c.key));

  const keyOf = (r: SeedRecord): string => keyById.get(r.id) ?? enterpriseKey(r.name);
  const resolveLocation = (r: SeedRecord): ResolvedLocation => {
    const key = keyOf(r);
    // Records not seen at build time (e.g. an imported list) are resolved the same way, minus borrowing.
    const text = printedText(r);
    const own = printedById.has(r.id) ? printedById.get(r.id) : text === undefined ? undefined : gazetteer.canonicalUnit(text);
    if (own) {
      const parkId = own.kind === 'park' ? gazetteer.parkId(own.unit) : undefined;
      return {
        unit: own.unit,
        countyCode: own.countyCode,
        ...countyOf(own.countyCode),
        kind: own.kind,
        ...(parkId ? { parkId } : {}),
        source: 'printed',
        ...(conflicted.has(key) ? { conflict: true } : {}),
      };
    }
    const why: Msg = text === undefined ? { key: 'reg.noColumn' } : { key: 'reg.unplaceable', params: { text } };
    if (isJointName(r.name)) return { source: 'none', note: { key: 'reg.joint', params: { why, name: r.name } } };
    const b = borrowable.get(key);
    if (!b) return { source: 'none', note: { key: 'reg.nowhere', params: { why } } };
    if (b.from === r.id) return { source: 'none', note: why };
    return { ...b, note: b.note ? { key: 'reg.then', params: { why, borrow: b.note } } : why };
  };
  return {
    entities: [...byKey.values()],
    conflicts,
    refinements,
    keyOf,
    entityOf: (r) => byKey.get(keyOf(r)),
    resolveLocation,
  };
}
