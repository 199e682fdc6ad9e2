import { beforeAll, describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import type { SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { loadLang, translator } from '../../i18n/index.ts';
import { noteText } from './noteText.ts';

const recs = records as SeedRecord[];
const notes = [...new Set(locateAll(recs, buildRegistry(recs)).flatMap((l) => (l.loc.note ? [l.loc.note] : [])))];
const HAN = /\p{Script=Han}/u;

describe('noteText', () => {
  beforeAll(() => loadLang('en'));

  it('in Chinese, reads every seed note back exactly as the registry wrote it', () => {
    expect(notes.length).toBeGreaterThan(10);
    const zh = translator('zh');
    for (const n of notes) expect(noteText(n, zh)).toBe(n);
  });

  it('in English, understands every seed note: what is left in Chinese is only names, places and printed text', () => {
    const en = translator('en');
    // Names and places a note may quote, as printed.
    const data = [...new Set(recs.flatMap((r) => [r.name, r.location ?? '']).filter(Boolean))].sort((a, b) => b.length - a.length);
    const places = ['涪城区', '游仙区', '安州区', '江油市', '三台县', '盐亭县', '梓潼县', '北川羌族自治县', '平武县', '高新区', '经开区', '科创区'];
    for (const n of notes) {
      const out = noteText(n, en);
      expect(out, n).not.toBe(n);
      let rest = out;
      for (const d of [...data, ...places]) rest = rest.split(d).join('');
      expect(rest, `${n} → ${out}`).not.toMatch(HAN);
    }
  });

  it('words each template', () => {
    const en = translator('en');
    expect(noteText('本表无属地列；借用同一企业在green-product:17印的属地江油市', en)).toBe(
      'This table has no location column; location 江油市 borrowed from the same enterprise’s row green-product:17',
    );
    expect(noteText('属地“绵阳”无法定位，同一企业在其他名单也无属地', en)).toBe(
      'Location “绵阳” could not be placed, and the same enterprise has no location on any other list',
    );
    expect(noteText('本表无属地列；一行列出多个单位（甲公司、乙公司），不借用', en)).toBe(
      'This table has no location column; the row names several units (甲公司、乙公司), so nothing is borrowed',
    );
    expect(noteText('本表无属地列；同一企业印有不同园区（经开区（a:1） / 高新区（b:2）），只借用共同所在的涪城区', en)).toBe(
      'This table has no location column; the same enterprise is printed in different parks (经开区（a:1） / 高新区（b:2）), so only their county 涪城区 is borrowed',
    );
    expect(noteText('本表无属地列；同一企业属地冲突，不借用：安州区（a:1） / 游仙区（b:2）', en)).toBe(
      'This table has no location column; the same enterprise is printed in different counties, so nothing is borrowed: 安州区（a:1） / 游仙区（b:2）',
    );
  });

  it('leaves a note it does not know as it is (e.g. the geocoder’s, already in English)', () => {
    const en = translator('en');
    expect(noteText('names only the city (绵阳市), not a county or park', en)).toBe('names only the city (绵阳市), not a county or park');
    expect(noteText('本表无属地列，另有说明', en)).toBe('本表无属地列，另有说明');
  });
});
