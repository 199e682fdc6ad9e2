import { describe, expect, it } from 'vitest';
import story from '../../../data/story.json' with { type: 'json' };
import { parseStory, storyText } from './format.ts';
import { DEFAULT_VIEW } from '../link/viewState.ts';

describe('story', () => {
  it('the shipped story parses: seven steps, each a valid view', () => {
    const s = parseStory(story);
    expect(s.steps).toHaveLength(7);
    expect(s.steps[6]!.view).toMatchObject({ by: 'unit', compare: ['gaoxin', 'jingkai', 'kechuang'] });
    expect(s.steps[1]!.view).toEqual({ ...DEFAULT_VIEW, sel: 'list:smart-factory', cam: [104.78, 31.47, 8.6] });
    expect(s.steps[3]!.view.layers).toEqual({ choropleth: true, labels: false, parks: true, bubbles: true });
    expect(s.steps[4]!.view).toMatchObject({ sel: 'plan:summit', tab: null });
  });

  it('the shipped story has an English title and caption for every step; English mode shows them, Chinese the printed text', () => {
    const s = parseStory(story);
    expect(s.titleEn).toBe("Raising the core competitiveness of Mianyang's manufacturing (2018–2020)");
    for (const step of s.steps) expect([step.titleEn?.length, step.captionEn?.length].every((n) => n !== undefined && n > 0)).toBe(true);
    expect(storyText(s.steps[1]!, 'en')).toEqual({
      title: 'Smart-manufacturing pilot factories (workshops)',
      caption:
        '智能化 表3 (smart manufacturing plan, Table 3): 12 projects with a total investment of 1.88 billion yuan (18.8 亿元), 9 of them in the three parks of 涪城区 (Fucheng District); bubble area is proportional to investment.',
    });
    expect(storyText(s.steps[1]!, 'zh')).toEqual({
      title: '智能制造试点示范工厂（车间）',
      caption: '智能化 表3：12 个项目、总投资 18.8 亿元，9 个在涪城区的三个园区；气泡面积与投资额成正比。',
    });
    expect(storyText(s, 'en').title).toBe(s.titleEn);
    expect(storyText(s, 'zh').title).toBe('绵阳制造业核心竞争力提升行动（2018—2020）');
  });

  it('English is optional: a step without it shows the Chinese text in English mode too', () => {
    const s = parseStory({ title: '故事', steps: [{ title: '一', caption: '说明', view: '' }] });
    expect(s).toEqual({ title: '故事', steps: [{ title: '一', caption: '说明', view: DEFAULT_VIEW }] });
    expect(storyText(s.steps[0]!, 'en')).toEqual({ title: '一', caption: '说明' });
    expect(() => parseStory({ title: 't', steps: [{ title: '一', titleEn: '', caption: '', view: '' }] })).toThrow('第 1 步的英文标题不能为空');
    expect(() => parseStory({ title: 't', steps: [{ title: '一', caption: '', captionEn: 'x'.repeat(601), view: '' }] })).toThrow(
      '第 1 步的英文说明最多 600 个字符；文件中有 601 个',
    );
  });

  it('rejects a malformed story with a message naming the field or the step', () => {
    expect(() => parseStory({ title: '', steps: [] })).toThrow('标题不能为空（另有 1 处问题）');
    expect(() => parseStory({ title: 't', steps: [{ title: '一', caption: '', view: 'method=foo' }] })).toThrow(
      '第 1 步（一）的视图：链接参数“分级方法”的值 "foo" 无效，已使用默认值',
    );
  });
});
