// The English chrome names no Chinese of its own: the only Chinese an English string may hold is a term the documents
// print, quoted beside its gloss (国家级 (national), 万元 (10k yuan), “2017年(现有)” (existing)), and the names that are
// shown as printed (the city, the counties of the main urban area, the app's own Chinese title, the toggle to 中文).
// It caught "Copy … into 我的故事 to edit it", where every other string calls that panel "My story".
// (keys.test.ts holds the same rule for the data modules' notes, with no printed terms allowed but 绵阳市.)
import { describe, expect, it } from 'vitest';
import { EN } from './en.ts';

/** Chinese runs an English string may contain: printed terms, printed place names, and the app's Chinese names. */
const PRINTED = new Set([
  // Units and levels as the documents print them, each glossed where it is used.
  '万元',
  '亿元',
  '元',
  '国家级',
  '省级',
  '市级',
  // Table headings and qualifiers as printed (表1, 合计, 2017年(现有), （新增）, （累计）).
  '表',
  '合计',
  '年',
  '现有',
  '新增',
  '累计',
  // Place names as printed.
  '绵阳市',
  '涪城区',
  '游仙区',
  '安州区',
  // The app's Chinese title under the English one, and the language toggle's own label.
  '绵阳产业政策地图',
  '中文',
]);

describe('English UI strings', () => {
  it('hold no Chinese but printed terms and names', () => {
    const han = Object.entries(EN).flatMap(([k, v]) =>
      [...v.replace(/\{\w+\}/g, ' ').matchAll(/\p{Script=Han}+/gu)]
        .map((m) => m[0])
        .filter((w) => !PRINTED.has(w))
        .map((w) => `${k}: ${w}`),
    );
    expect(han).toEqual([]);
  });
});
