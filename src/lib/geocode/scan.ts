// Leftmost-longest scan of normalised text against the name index. Non-overlapping: once 江油关镇 is taken,
// the 江油 inside it is never seen, so a name cannot match as a substring of a longer known name.
import { isHan } from './normalize.ts';
import type { Entry, NameIndex } from './gazetteer.ts';

export interface Hit {
  start: number;
  end: number;
  entry: Entry;
}

/** What may follow a bare two-character name for it to still be a place (三台县, 三台工业园区, 三台、江油). */
const SUFFIX_CHARS = '县市区镇乡';
const CONTINUATIONS = ['工业', '经开', '经济', '高新', '园区', '产业园', '片区', '城区', '境内', '辖区', '地区', '籍'];
/** A numeral before 三台 makes it a count of machines (十三台, 第三台), not the county. */
const NUMERAL_BEFORE = '〇零一二两三四五六七八九十百千万几第数每0123456789';
/** An outside name followed by these is a street named after the place (成都路, 德阳街), not the place. */
const ROAD_AFTER = ['路', '街', '巷', '大道', '道'];

function entryAt(index: NameIndex, text: string, at: number): boolean {
  const list = index.byPrefix.get(text.slice(at, at + 2));
  return !!list && list.some((e) => text.startsWith(e.key, at));
}

function shortOk(index: NameIndex, text: string, start: number, end: number, prevEnd: number): boolean {
  // Directly after another place name (四川三台…, 绵阳江油…) the short name is a place whatever follows.
  if (prevEnd === start) return true;
  const before = text[start - 1];
  if (before !== undefined && NUMERAL_BEFORE.includes(before)) return false;
  const after = text[end];
  if (after === undefined || !isHan(after) || SUFFIX_CHARS.includes(after)) return true;
  if (CONTINUATIONS.some((c) => text.startsWith(c, end))) return true;
  return entryAt(index, text, end);
}

function isRoad(text: string, end: number): boolean {
  return ROAD_AFTER.some((r) => text.startsWith(r, end));
}

export function scan(index: NameIndex, text: string): Hit[] {
  const hits: Hit[] = [];
  let prevEnd = -1;
  let i = 0;
  while (i < text.length) {
    const list = index.byPrefix.get(text.slice(i, i + 2));
    let found: Entry | undefined;
    if (list) {
      for (const e of list) {
        if (!text.startsWith(e.key, i)) continue;
        const end = i + e.key.length;
        if (e.short && !shortOk(index, text, i, end, prevEnd)) continue;
        if (e.targets.every((t) => t.kind === 'outside') && isRoad(text, end)) continue;
        found = e;
        break;
      }
    }
    if (found) {
      hits.push({ start: i, end: i + found.key.length, entry: found });
      i += found.key.length;
      prevEnd = i;
    } else {
      i += 1;
    }
  }
  return hits;
}
