import { describe, expect, it } from 'vitest';
import { resolveCallouts } from './drawCallouts.ts';

const fucheng = { id: '510703', name: '涪城区', point: [104.7, 31.45] as [number, number] };
const gaoxin = { id: 'gaoxin', name: '高新区', point: [104.67, 31.43] as [number, number] };
const parks = [
  { id: 'gaoxin', name: '高新区', countyCode: '510703' },
  { id: 'jingkai', name: '经开区', countyCode: '510703' },
  { id: 'beichuan-nowhere', name: '无区县园区', countyCode: '519999' },
];
const folded = (text: string, park: string, county: string) => `${text}（${park}计入${county}）`;

describe('resolveCallouts', () => {
  it("pins each callout to its area's point, in the UI language (the Chinese text where there is no English)", () => {
    const callouts = [
      { at: 'gaoxin', text: '高新区：45 次', textEn: '高新区: 45' },
      { at: '510703', text: '涪城区' },
    ];
    expect(resolveCallouts(callouts, [fucheng, gaoxin], parks, 'en', folded)).toEqual({
      callouts: [
        { id: 'gaoxin', at: [104.67, 31.43], text: '高新区: 45' },
        { id: '510703', at: [104.7, 31.45], text: '涪城区' },
      ],
      missing: 0,
    });
    expect(resolveCallouts(callouts, [fucheng, gaoxin], parks, 'zh', folded).callouts.map((c) => c.text)).toEqual(['高新区：45 次', '涪城区']);
  });

  it('points a callout to a park folded into its county (parks not on their own) at the county, and says so', () => {
    expect(resolveCallouts([{ at: 'jingkai', text: '经开区：35 次' }], [fucheng], parks, 'zh', folded)).toEqual({
      callouts: [{ id: '510703', at: [104.7, 31.45], text: '经开区：35 次（经开区计入涪城区）' }],
      missing: 0,
    });
  });

  it('counts a callout whose place is not on the map at all (an unknown id, a park whose county is not drawn)', () => {
    expect(
      resolveCallouts(
        [
          { at: 'beichuan-nowhere', text: '某处' },
          { at: 'no-such-place', text: '某处' },
        ],
        [fucheng],
        parks,
        'zh',
        folded,
      ),
    ).toEqual({
      callouts: [],
      missing: 2,
    });
    expect(resolveCallouts(undefined, [fucheng], parks, 'zh', folded)).toEqual({ callouts: [], missing: 0 });
  });

  it("points a callout to an enterprise at its place: the park on a slide of parks on their own, else the park's county, saying so", () => {
    const changhong = {
      key: '长虹电器',
      name: '四川长虹电器股份有限公司',
      places: [
        { id: 'gaoxin', unit: '高新区', countyCode: '510703', county: '涪城区', parkId: 'gaoxin', printed: 3, rows: 3 },
        { id: 'jingkai', unit: '经开区', countyCode: '510703', county: '涪城区', parkId: 'jingkai', printed: 1, rows: 1 },
      ],
      unplaced: 0,
    };
    const lookUp = (key: string) => (key === '长虹电器' ? changhong : undefined);
    const callouts = [{ enterprise: '长虹电器', text: '长虹', textEn: 'Changhong' }];
    expect(resolveCallouts(callouts, [fucheng, gaoxin], parks, 'en', folded, lookUp)).toEqual({
      callouts: [{ id: 'gaoxin', at: [104.67, 31.43], text: 'Changhong' }],
      missing: 0,
    });
    expect(resolveCallouts(callouts, [fucheng], parks, 'zh', folded, lookUp)).toEqual({
      callouts: [{ id: '510703', at: [104.7, 31.45], text: '长虹（高新区计入涪城区）' }],
      missing: 0,
    });
  });

  it('counts a callout to an enterprise the data no longer knows, or cannot place, instead of drawing it anywhere', () => {
    const unplaced = { key: '西南科技大学', name: '西南科技大学', places: [], unplaced: 2 };
    const lookUp = (key: string) => (key === '西南科技大学' ? unplaced : undefined);
    const callouts = [
      { enterprise: '西南科技大学', text: '西科大' },
      { enterprise: '不存在的企业', text: '某企业' },
      { at: '510703', text: '涪城区' },
    ];
    expect(resolveCallouts(callouts, [fucheng], parks, 'zh', folded, lookUp)).toEqual({
      callouts: [{ id: '510703', at: [104.7, 31.45], text: '涪城区' }],
      missing: 2,
    });
  });
});
