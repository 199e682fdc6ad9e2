import { describe, expect, it } from 'vitest';
import { resolveCallouts } from './drawCallouts.ts';

const areas = [
  { id: '510703', point: [104.7, 31.45] as [number, number] },
  { id: 'gaoxin', point: [104.67, 31.43] as [number, number] },
];

describe('resolveCallouts', () => {
  it("pins each callout to its area's point, in the UI language (the Chinese text where there is no English)", () => {
    const callouts = [
      { at: 'gaoxin', text: '高新区：45 次', textEn: '高新区: 45' },
      { at: '510703', text: '涪城区' },
    ];
    expect(resolveCallouts(callouts, areas, 'en')).toEqual({
      callouts: [
        { at: [104.67, 31.43], text: '高新区: 45' },
        { at: [104.7, 31.45], text: '涪城区' },
      ],
      missing: 0,
    });
    expect(resolveCallouts(callouts, areas, 'zh').callouts.map((c) => c.text)).toEqual(['高新区：45 次', '涪城区']);
  });

  it('counts a callout whose area the slide does not show (a park folded into its county) instead of drawing it anywhere', () => {
    expect(resolveCallouts([{ at: 'jingkai', text: '经开区' }], areas, 'zh')).toEqual({ callouts: [], missing: 1 });
    expect(resolveCallouts(undefined, areas, 'zh')).toEqual({ callouts: [], missing: 0 });
  });
});
