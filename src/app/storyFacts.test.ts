// The shipped story (data/story.json) states numbers on stage: each one is read out of the caption and recomputed
// from the extracted data the same way the slide counts it, so a caption can never drift from the map behind it.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadData, type AppData } from './data.ts';
import { countByArea } from '../lib/aggregate/index.ts';
import { buildAreaModel } from '../lib/view/areas.ts';
import { parseSelection, selectedLists } from '../lib/view/lists.ts';
import { parseStory, type StoryStep } from '../lib/story/format.ts';

const story = parseStory(JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8')));
let d: AppData;

beforeAll(async () => {
  d = await loadData();
});

/** The step whose title contains `title` (the tests name steps by what they show, not by position). */
const step = (title: string): StoryStep => {
  const s = story.steps.find((x) => x.title.includes(title));
  if (!s) throw new Error(`no story step titled …${title}…`);
  return s;
};

/** County name → count on that step's map, counted as the slide counts (list or plan, by, distinct). */
function countsOf(s: StoryStep): Map<string, number> {
  const lists = selectedLists(d.lists, parseSelection(s.view.sel));
  const counts = countByArea(d.placed, { lists: new Set(lists.map((l) => l.id)), by: s.view.by, distinct: s.view.distinct });
  const model = buildAreaModel(counts, d, { by: s.view.by });
  return new Map(model.areas.filter((a) => a.kind === 'county').map((a) => [a.name, a.count ?? 0]));
}

const recordsOf = (s: StoryStep) => {
  const ids = new Set(selectedLists(d.lists, parseSelection(s.view.sel)).map((l) => l.id));
  return d.placed.filter((p) => ids.has(p.record.list));
};

/** The number printed right before `unit` in the caption ("12 个项目" → 12), after `lead` when given ("高新区 45 次"). */
function numberBefore(caption: string, unit: string, lead = ''): number {
  const m = caption.match(new RegExp(`${lead}${lead ? '\\s*' : ''}([\\d.]+)\\s*${unit}`));
  if (!m) throw new Error(`caption has no number before "${unit}": ${caption}`);
  return Number(m[1]);
}

/** County names listed after `lead` up to the next punctuation that ends the list ("北川、平武、盐亭尚无" → three). */
function namesAfter(caption: string, lead: RegExp): string[] {
  const m = caption.match(lead);
  if (!m?.[1]) throw new Error(`caption does not match ${lead}: ${caption}`);
  return m[1].split('、');
}

const countyNamed = (short: string) => d.counties.find((c) => c.name.startsWith(short))!.name;

describe('the shipped story says what the data says', () => {
  it('the overview: 涪城区 holds most of the designations', () => {
    const counts = countsOf(step('政策覆盖全景'));
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(step('政策覆盖全景').caption).toContain('涪城区（含高新区、经开区、科创区）集中了大部分名单');
    expect(counts.get('涪城区')! / total).toBeGreaterThan(0.5);
  });

  it('smart factories: the number of projects, the total investment in 亿元 and how many are in 涪城区', () => {
    const s = step('智能制造试点示范工厂');
    const rows = recordsOf(s);
    expect(rows).toHaveLength(numberBefore(s.caption, '个项目'));
    const wan = rows.reduce((sum, p) => sum + (p.record.investmentWan ?? 0), 0);
    expect((wan / 10_000).toFixed(1)).toBe(String(numberBefore(s.caption, '亿元')));
    expect(countsOf(s).get('涪城区')).toBe(numberBefore(s.caption, '个在涪城区'));
    // "the three parks of 涪城区": every one of those rows is placed in a park of 涪城区, and there are three parks.
    const fucheng = rows.filter((p) => p.loc.countyCode === '510703');
    expect(fucheng.every((p) => p.loc.parkId)).toBe(true);
    expect(new Set(fucheng.map((p) => p.loc.parkId)).size).toBe(3);
  });

  it('green factories: the list size, 江油市 and 游仙区, and the counties with none', () => {
    const s = step('绿色工厂');
    const counts = countsOf(s);
    expect(recordsOf(s)).toHaveLength(numberBefore(s.caption, '家重点培育企业'));
    expect(counts.get('江油市')).toBe(numberBefore(s.caption, '家、游仙区'));
    expect(counts.get('游仙区')).toBe(numberBefore(s.caption, '家；'));
    const none = namesAfter(s.caption, /；(.+?)尚无一家/).map(countyNamed);
    expect(none.map((n) => counts.get(n))).toEqual(none.map(() => 0));
    // …and those are all the counties with none.
    expect(
      [...counts]
        .filter(([, n]) => n === 0)
        .map(([name]) => name)
        .sort(),
    ).toEqual([...none].sort());
  });

  it('green parks: the number of parks on 绿色化 表7', () => {
    const s = step('绿色园区');
    expect(recordsOf(s)).toHaveLength(numberBefore(s.caption, '个园区'));
  });

  it('the 登峰计划: 30 enterprises, and exactly the counties named as blank have none', () => {
    const s = step('登峰计划');
    const counts = countsOf(s);
    expect(recordsOf(s)).toHaveLength(numberBefore(s.caption, '家培育对象'));
    const blank = namesAfter(s.caption, /：\d+ 家培育对象，(.+?)为空白/).map(countyNamed);
    expect(
      [...counts]
        .filter(([, n]) => n === 0)
        .map(([name]) => name)
        .sort(),
    ).toEqual([...blank].sort());
  });

  it("the three zones: each park's count with parks on their own, their sum and their share of the city", () => {
    const s = step('三个园区');
    expect(s.view.by).toBe('unit');
    const lists = selectedLists(d.lists, parseSelection(s.view.sel));
    const counts = countByArea(d.placed, { lists: new Set(lists.map((l) => l.id)), by: 'unit', distinct: s.view.distinct });
    const areas = buildAreaModel(counts, d, { by: 'unit' }).areas;
    const park = (name: string) => areas.find((a) => a.kind === 'park' && a.name === name)!.count!;
    const three = ['高新区', '经开区', '科创区'].map((name) => [park(name), numberBefore(s.caption, '次', name)]);
    for (const [counted, printed] of three) expect(printed).toBe(counted);
    const sum = three.reduce((a, [n]) => a + n!, 0);
    expect(numberBefore(s.caption, '次，占全市')).toBe(sum);
    // "全市 243 次": every placed designation of the selection, parks and counties together.
    const city = areas.reduce((a, x) => a + (x.count ?? 0), 0);
    expect(numberBefore(s.caption, '次的')).toBe(city);
    expect(numberBefore(s.caption, '%')).toBe(Math.round((100 * sum) / city));
    // The slide compares the three: they are the parks outlined in the comparison's colours.
    expect(s.view.compare).toEqual(['gaoxin', 'jingkai', 'kechuang']);
  });

  it('the English captions carry the same numbers as the Chinese ones', () => {
    const both = (title: string) => ({ zh: step(title).caption, en: step(title).captionEn ?? '' });
    const smart = both('智能制造试点示范工厂');
    expect(smart.en).toContain(`${numberBefore(smart.zh, '个项目')} projects`);
    expect(smart.en).toContain(`(${numberBefore(smart.zh, '亿元')} 亿元), ${numberBefore(smart.zh, '个在涪城区')} of them`);
    const green = both('绿色工厂');
    expect(green.en).toContain(`${numberBefore(green.zh, '家重点培育企业')} key enterprises`);
    expect(green.en).toContain(`${numberBefore(green.zh, '家、游仙区')} in 江油市`);
    expect(green.en).toContain(`${numberBefore(green.zh, '家；')} in 游仙区`);
    const parks = both('绿色园区');
    expect(parks.en).toContain(`${numberBefore(parks.zh, '个园区')} parks`);
    const zones = both('三个园区');
    for (const name of ['高新区', '经开区', '科创区']) expect(zones.en).toMatch(new RegExp(`${name} \\([^)]+\\) ${numberBefore(zones.zh, '次', name)}`));
    expect(zones.en).toContain(
      `together ${numberBefore(zones.zh, '次，占全市')} of the city's ${numberBefore(zones.zh, '次的')} (${numberBefore(zones.zh, '%')}%)`,
    );
    const summit = both('登峰计划');
    expect(summit.en).toContain(`${numberBefore(summit.zh, '家培育对象')} enterprises`);
  });
});
