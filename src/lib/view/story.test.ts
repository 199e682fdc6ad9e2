import { describe, expect, it } from 'vitest';
import story from '../../../data/story.json' with { type: 'json' };
import { lockedBreaks, parseStory } from './story.ts';
import { DEFAULT_VIEW } from './url.ts';

describe('story', () => {
  it('the shipped story parses: six steps, each a valid view', () => {
    const s = parseStory(story);
    expect(s.steps).toHaveLength(6);
    expect(s.steps[1]!.view).toEqual({ ...DEFAULT_VIEW, sel: 'list:smart-factory', cam: [104.78, 31.47, 8.6] });
    expect(s.steps[3]!.view.layers).toEqual({ choropleth: true, labels: false, parks: true, bubbles: true });
    expect(s.steps[4]!.view).toMatchObject({ sel: 'plan:summit', tab: null });
  });

  it('rejects a malformed story with a message naming the field or the step', () => {
    expect(() => parseStory({ title: '', steps: [] })).toThrow('invalid story: title: ');
    expect(() => parseStory({ title: 't', steps: [{ title: '一', caption: '', view: 'method=foo' }] })).toThrow(
      'invalid story step 1 (一): 链接参数“分级方法”的值 "foo" 无效，已使用默认值',
    );
  });

  it('locks one set of breaks over all steps, so large and small views share colours', () => {
    const b = lockedBreaks([[134, 46, 27, 0, undefined], [2, 1, 0], [21, 10, 9]]);
    expect(b).toEqual(lockedBreaks([[134, 46, 27, 2, 1, 21, 10, 9]]));
    expect(b[0]).toBe(1);
    expect(b.length).toBeGreaterThanOrEqual(3);
  });
});
