// Enterprise search with predictable ranking, in Chinese, pinyin or initials. Most names start with 四川/绵阳, so
// "ch" must find 长虹 by the initials of the name after that prefix, before 四川华丰 (s-c-h-f) matches by accident.
// A Chinese query is also matched by sound, because IME typos are homophones: 九州 finds 九洲. fuse.js is asked
// only when no exact tier matches and the query has 4+ characters (typos like "chnaghong"), so it never adds noise.
import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import type { LocatedRecord } from '../aggregate/index.ts';

export type MatchKind = 'name' | 'sound' | 'pinyin' | 'initials' | 'fuzzy';

export interface EnterpriseHit {
  /** Registry key: one hit per enterprise, however many lists it is on. */
  key: string;
  name: string;
  countyCode?: string;
  /** Full county name, e.g. "涪城区". */
  county?: string;
  /** Park id (map id) and its short name, when the enterprise is placed in a park. */
  parkId?: string;
  unit?: string;
  lists: string[];
  /** How many list rows name it. */
  rows: number;
  match: MatchKind;
}

/** One spelling of an enterprise's name, indexed for matching (the registry joins spellings under one key). */
interface Variant {
  name: string;
  full: string;
  initials: string;
  /** Offsets in `full` where a syllable starts: pinyin matches must start on one ("hong" not inside "zhong"). */
  starts: number[];
  /** Syllables after the 四川/绵阳 prefix, joined: what people call the company. */
  coreFull: string;
  coreInitials: string;
  /** Name without the prefix, for "the query starts the real name" ranking of Chinese queries. */
  coreName: string;
}

interface Doc {
  hit: Omit<EnterpriseHit, 'match'>;
  variants: Variant[];
}

const PREFIX = /^(四川省?|绵阳市?)+/;
const CJK = /[\u3400-\u9fff]/;

function syllablesOf(s: string): string[] {
  // Non-Chinese characters come back as themselves; letters and digits stay searchable that way.
  return pinyin(s, { toneType: 'none', type: 'array', v: true }).map((x) => x.toLowerCase().replace(/\s+/g, ''));
}

function variantOf(name: string): Variant {
  const syl = syllablesOf(name);
  const coreName = name.replace(PREFIX, '');
  const coreSyl = syl.slice(name.length - coreName.length);
  const starts: number[] = [];
  let off = 0;
  for (const s of syl) {
    starts.push(off);
    off += s.length;
  }
  return {
    name,
    full: syl.join(''),
    initials: syl.map((s) => s[0] ?? '').join(''),
    starts,
    coreFull: coreSyl.join(''),
    coreInitials: coreSyl.map((s) => s[0] ?? '').join(''),
    coreName,
  };
}

function placeOf(l: LocatedRecord): Pick<EnterpriseHit, 'countyCode' | 'county' | 'parkId' | 'unit'> {
  return {
    ...(l.loc.countyCode ? { countyCode: l.loc.countyCode } : {}),
    ...(l.loc.county ? { county: l.loc.county } : {}),
    ...(l.loc.parkId ? { parkId: l.loc.parkId } : {}),
    ...(l.loc.kind === 'park' && l.loc.unit ? { unit: l.loc.unit } : {}),
  };
}

/** Lower-case, no spaces or apostrophes ("chang'hong", "Chang Hong" → "changhong"). */
export function normaliseQuery(q: string): string {
  return q
    .trim()
    .toLowerCase()
    .replace(/[\s'’]+/g, '');
}

/** Tier of a document for a query (lower is better), or undefined when the exact tiers do not match it. */
function tierOf(d: Variant, q: string, qSound: string | undefined): [number, MatchKind] | undefined {
  if (qSound !== undefined) {
    if (d.coreName.startsWith(q)) return [0, 'name'];
    if (d.name.includes(q)) return [1, 'name'];
    if (qSound && d.starts.some((o) => d.full.startsWith(qSound, o))) return [2, 'sound'];
    return undefined;
  }
  // Two or more letters that spell the initials ("ch", "jz") say more than a partial syllable ("ch…uang").
  if (q.length >= 2 && d.coreInitials.startsWith(q)) return [0, 'initials'];
  if (d.coreFull.startsWith(q)) return [1, 'pinyin'];
  if (d.starts.some((o) => d.full.startsWith(q, o))) return [2, 'pinyin'];
  if (d.initials.startsWith(q)) return [3, 'initials'];
  if (q.length >= 2 && d.initials.includes(q)) return [4, 'initials'];
  return undefined;
}

const byName = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

export function buildEnterpriseSearch(located: readonly LocatedRecord[]): (query: string, limit?: number) => EnterpriseHit[] {
  const byKey = new Map<string, Doc>();
  for (const l of located) {
    let d = byKey.get(l.key);
    if (!d) byKey.set(l.key, (d = { hit: { key: l.key, name: l.record.name, ...placeOf(l), lists: [], rows: 0 }, variants: [] }));
    d.hit.rows++;
    if (!d.hit.lists.includes(l.record.list)) d.hit.lists.push(l.record.list);
    if (!d.variants.some((v) => v.name === l.record.name)) d.variants.push(variantOf(l.record.name));
    // A row with a printed or borrowed place gives the enterprise its place when its first row had none.
    if (!d.hit.countyCode && l.loc.countyCode) Object.assign(d.hit, placeOf(l));
  }
  const docs = [...byKey.values()];
  let fuse: Fuse<{ doc: Doc; v: Variant }> | undefined;
  const hitOf = (d: Doc, match: MatchKind): EnterpriseHit => ({ ...d.hit, lists: [...d.hit.lists], match });
  return (query, limit = 10) => {
    const q = normaliseQuery(query);
    if (!q) return [];
    const qSound = CJK.test(q) ? syllablesOf(q).join('') : undefined;
    const ranked: { d: Doc; tier: number; match: MatchKind }[] = [];
    for (const d of docs) {
      let best: [number, MatchKind] | undefined;
      for (const v of d.variants) {
        const t = tierOf(v, q, qSound);
        if (t && (!best || t[0] < best[0])) best = t;
      }
      if (best) ranked.push({ d, tier: best[0], match: best[1] });
    }
    // Within a tier, enterprises placed on the map first: choosing one of them goes somewhere.
    const unplaced = (d: Doc) => Number(d.hit.countyCode === undefined);
    ranked.sort((a, b) => a.tier - b.tier || unplaced(a.d) - unplaced(b.d) || byName(a.d.hit.name, b.d.hit.name));
    const out = ranked.slice(0, limit).map(({ d, match }) => hitOf(d, match));
    if (out.length === 0 && q.length >= 4) {
      fuse ??= new Fuse(
        docs.flatMap((doc) => doc.variants.map((v) => ({ doc, v }))),
        { keys: ['v.name', 'v.full', 'v.initials'], threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2 },
      );
      const seen = new Set(out.map((h) => h.key));
      for (const { item } of fuse.search(q, { limit: limit * 2 })) {
        if (out.length >= limit) break;
        if (seen.has(item.doc.hit.key)) continue;
        seen.add(item.doc.hit.key);
        out.push(hitOf(item.doc, 'fuzzy'));
      }
    }
    return out;
  };
}
