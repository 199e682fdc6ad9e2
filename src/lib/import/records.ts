// ImportedList → the same shapes the seed lists have (SeedRecord, located + placed), so the map, counts, bubbles
// and panels treat an imported list like any other. Provenance = the user's file, data row and source line.
import type { LocatedRecord } from '../aggregate/types.ts';
import { translator } from '../i18n/index.ts';
import { enterpriseKey, type ResolvedLocation } from '../registry/index.ts';
import type { County, GeoResult, Park, SeedRecord } from '../types.ts';
import type { ImportedList, ImportRow } from './types.ts';

/** Same shape as the app's Placed (src/app/data.ts), declared here so src/lib does not import the app. */
export type PlacedRecord = LocatedRecord & { point?: [number, number] };

const zh = translator('zh');
const blankZh = (i: number) => zh('import.export.blankHeader', { n: i + 1 });

/**
 * Unique keys for the other columns: a repeated or blank header still keeps its cell. `reserved` names (the
 * export's own geo_* columns, e.g. when the user re-imports a file the geocode CLI wrote) and generated suffixes
 * never collide with another column, so no cell is overwritten in a keyed output. `blank` names a blank header
 * (0-based column): 第3列 by default (records' extra cells), the export passes the UI's language.
 */
export function uniqueHeaders(headers: readonly string[], reserved: readonly string[] = [], blank = blankZh): string[] {
  const taken = new Set(reserved);
  return headers.map((h, i) => {
    const base = h.trim() || blank(i);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    return key;
  });
}

/**
 * An imported row has no corrections, and one shared, frozen empty list stands for all of them: with 1,000,000 rows,
 * each object a record keeps alive is work for every major GC while the list is placed (issue 14).
 */
const NO_CORRECTIONS = Object.freeze([]) as unknown as SeedRecord['corrections'];

export function toRecord(list: ImportedList, row: ImportRow, keys: readonly string[]): SeedRecord {
  const m = list.mapping;
  const at = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
  const name = at(m.name) || `（未命名）第 ${row.index} 条`;
  const extra: Record<string, string> = {};
  row.cells.forEach((c, i) => {
    if (i !== m.name && i !== m.location && i !== m.amount && i !== m.category && c !== '') extra[keys[i]!] = c;
  });
  const rec: SeedRecord = {
    id: `${list.meta.id}:${row.index}`,
    list: list.meta.id,
    doc: list.fileName,
    docTitle: list.fileName,
    plan: list.meta.plan,
    planTitle: list.meta.name,
    table: list.meta.table,
    tableTitle: list.meta.tableTitle,
    row: row.index,
    line: row.sourceLine,
    kind: list.meta.kind,
    name,
    namePrinted: at(m.name),
    location: at(m.location),
    locationPrinted: row.cells[m.location] ?? '',
    extra,
    corrections: NO_CORRECTIONS,
  };
  if (row.investmentWan !== undefined) {
    rec.investmentWan = row.investmentWan;
    rec.investmentPrinted = at(m.amount);
  }
  if (m.category >= 0 && at(m.category)) rec.industry = at(m.category);
  return rec;
}

/** Rows the reader refused are not records (they have no trustworthy cells); everything else is, placed or not. */
export function toRecords(list: ImportedList): SeedRecord[] {
  const keys = uniqueHeaders(list.headers);
  return list.rows.filter((r) => !r.notRecord).map((r) => toRecord(list, r, keys));
}

export function locationOf(geo: GeoResult, parkIdByName: ReadonlyMap<string, string>): ResolvedLocation {
  if (geo.status !== 'resolved' || !geo.countyCode) return { source: 'none', note: geo.note };
  const parkId = geo.park ? parkIdByName.get(geo.park) : undefined;
  return {
    unit: geo.park ?? geo.county ?? geo.countyCode,
    countyCode: geo.countyCode,
    ...(geo.county ? { county: geo.county } : {}),
    kind: geo.park ? 'park' : 'county',
    ...(parkId ? { parkId } : {}),
    source: 'printed',
    note: geo.note,
  };
}

/**
 * Records placed at their park's point, else their county's; unresolved rows keep no point (counted 未定位).
 * rows[from, to) only, so the page can build 100,000 in slices between frames.
 */
export function toPlaced(list: ImportedList, counties: readonly County[], parks: readonly Park[], from = 0, to = list.rows.length): PlacedRecord[] {
  const parkIdByName = new Map(parks.map((p) => [p.name, p.id]));
  const parkPoint = new Map(parks.map((p) => [p.name, p.point]));
  const countyPoint = new Map(counties.map((c) => [c.code, c.point]));
  const keys = uniqueHeaders(list.headers);
  // The worker answers the same text with the same GeoResult, and posting keeps that sharing, so rows naming the
  // same place share one location object here too: one per place, not one per row (issue 14, fewer objects for the GC).
  const locs = new Map<GeoResult, ResolvedLocation>();
  const out: PlacedRecord[] = [];
  for (let i = from; i < Math.min(to, list.rows.length); i++) {
    const row = list.rows[i]!;
    if (row.notRecord) continue;
    const record = toRecord(list, row, keys);
    let loc = locs.get(row.geo);
    if (!loc) locs.set(row.geo, (loc = locationOf(row.geo, parkIdByName)));
    const point = loc.countyCode ? ((row.geo.park ? parkPoint.get(row.geo.park) : undefined) ?? countyPoint.get(loc.countyCode)) : undefined;
    const p: PlacedRecord = { record, key: row.key ?? enterpriseKey(record.name), loc };
    if (point) p.point = point;
    out.push(p);
  }
  return out;
}

/** Where a row sits on the map: [lon, lat] or null. Shared by the GeoJSON export. */
export function pointOf(geo: GeoResult, counties: readonly County[], parks: readonly Park[]): [number, number] | null {
  if (geo.status !== 'resolved' || !geo.countyCode) return null;
  const park = geo.park ? parks.find((p) => p.name === geo.park) : undefined;
  return park?.point ?? counties.find((c) => c.code === geo.countyCode)?.point ?? null;
}
