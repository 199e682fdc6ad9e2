// Enterprise search, fuzzy, in Chinese or pinyin ("changhong", "ch", "长虹"). fuse.js does the fuzzy matching (a
// maintained, dependency-free library); pinyin-pro supplies full pinyin and initials for each name once.
import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import type { LocatedRecord } from '../aggregate/index.ts';

export interface SearchHit {
  key: string;
  name: string;
  /** Where to show it: the county code, or the park id in unit mode. */
  countyCode?: string;
  parkId?: string;
  lists: string[];
}

interface Doc extends SearchHit {
  full: string;
  initials: string;
}

export function buildSearch(located: readonly LocatedRecord[]): (query: string, limit?: number) => SearchHit[] {
  const byKey = new Map<string, Doc>();
  for (const { record, key, loc } of located) {
    let d = byKey.get(key);
    if (!d) {
      const syllables = pinyin(record.name, { toneType: 'none', type: 'array' });
      d = {
        key,
        name: record.name,
        lists: [],
        full: syllables.join(''),
        initials: syllables.map((s) => s[0] ?? '').join(''),
        ...(loc.countyCode ? { countyCode: loc.countyCode } : {}),
        ...(loc.parkId ? { parkId: loc.parkId } : {}),
      };
      byKey.set(key, d);
    }
    if (!d.lists.includes(record.list)) d.lists.push(record.list);
    if (!d.countyCode && loc.countyCode) d.countyCode = loc.countyCode;
  }
  const docs = [...byKey.values()];
  const fuse = new Fuse(docs, { keys: ['name', 'full', 'initials'], threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2 });
  return (query, limit = 10) => {
    const q = query.trim().toLowerCase().replace(/\s+/g, '');
    if (q.length === 0) return [];
    return fuse.search(q, { limit }).map(({ item: { full: _f, initials: _i, ...hit } }) => hit);
  };
}
