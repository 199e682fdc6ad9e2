import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../../data/story.json' with { type: 'json' };
import { MAX_STEPS, parseStory, StorySchema, type StoryStep } from './format.ts';
import { DEFAULT_VIEW } from '../link/viewState.ts';
import { readStory, serializeStory, stepProblem, storyFile } from './saved.ts';
import { loadLang, translateMsg, type Msg } from '../i18n/index.ts';

beforeAll(() => loadLang('en'));

const GREEN: StoryStep = {
  title: '绿色工厂',
  caption: '按入选次数计数；名单日期：2019-01-27',
  titleEn: 'Green factories',
  captionEn: 'Counted as designations; list date: 2019-01-27',
  view: { ...DEFAULT_VIEW, sel: 'list:green-factory', cam: [104.7, 31.75, 7.4], lang: 'en' },
};
const SHERPA: StoryStep = { title: '夏尔巴', caption: '企业去重', view: { ...DEFAULT_VIEW, sel: 'list:sherpa', distinct: true, tab: 'gaps' } };

describe('callouts', () => {
  const PINNED: StoryStep = {
    ...SHERPA,
    callouts: [
      { at: 'gaoxin', text: '高新区：45 次', textEn: '高新区: 45' },
      { at: '510781', text: '江油' },
    ],
  };

  it('are saved in the story file and read back as they were', () => {
    const file = storyFile([PINNED], '我的故事');
    expect(file.steps[0]!.callouts).toEqual(PINNED.callouts);
    expect(readStory(serializeStory([PINNED], '我的故事'))).toEqual({ steps: [PINNED], error: null });
    // A step without callouts writes none.
    expect('callouts' in storyFile([SHERPA], '-').steps[0]!).toBe(false);
  });

  it('a callout too long, too many, or pinned to no id is refused, naming the field and the limit', () => {
    const bad = (callouts: unknown) =>
      translateMsg('zh', readStory(JSON.stringify({ title: 't', steps: [{ title: 's', caption: '', view: '', callouts }] })).error!);
    expect(bad([{ at: 'gaoxin', text: '长'.repeat(41) }])).toMatch(/第 1 步的标注.*40/);
    expect(bad(Array.from({ length: 6 }, () => ({ at: 'gaoxin', text: 'x' })))).toMatch(/第 1 步的标注.*5/);
    expect(bad([{ at: '高新区', text: 'x' }])).toMatch(/第 1 步的标注/);
  });

  it('a callout pinned to an enterprise (its registry key) is saved and read back as it was', () => {
    const step: StoryStep = { ...SHERPA, callouts: [{ enterprise: '长虹模塑科技', text: '长虹模塑：智能工厂', textEn: 'Changhong Moulding' }] };
    expect(storyFile([step], '-').steps[0]!.callouts).toEqual([{ enterprise: '长虹模塑科技', text: '长虹模塑：智能工厂', textEn: 'Changhong Moulding' }]);
    expect(readStory(serializeStory([step], '-'))).toEqual({ steps: [step], error: null });
  });

  it('a callout pinned to both a place and an enterprise, or to neither, is refused saying it must be one of them', () => {
    const bad = (callouts: readonly object[]) =>
      readStory(JSON.stringify({ title: 't', steps: [{ title: 's', caption: '', view: '', callouts: [{ text: 'ok', at: '510703' }, ...callouts] }] })).error!;
    const expected: Msg = {
      key: 'present.error.calloutTarget',
      params: { field: { key: 'story.field.stepField', params: { i: 1, field: { key: 'present.field.callouts' } } } },
    };
    expect(bad([{ at: '510703', enterprise: '长虹模塑科技', text: 'x' }])).toEqual(expected);
    expect(bad([{ text: 'x' }])).toEqual(expected);
    expect(translateMsg('zh', expected)).toBe('第 1 步的标注须指向一个地点（at）或一家企业（enterprise），二者只取其一');
    expect(translateMsg('en', expected)).toMatch(/^Step 1 callouts must be pinned to one place \(at\) or one enterprise/);
    expect(bad([{ enterprise: '', text: 'x' }])).toEqual({ key: 'story.error.empty', params: expected.params! });
  });
});

describe('storyFile / serializeStory', () => {
  it('writes the format of data/story.json: views as link hashes, English only where there is some', () => {
    expect(storyFile([GREEN, SHERPA], '我的故事', 'My story')).toEqual({
      title: '我的故事',
      titleEn: 'My story',
      steps: [
        {
          title: '绿色工厂',
          titleEn: 'Green factories',
          caption: '按入选次数计数；名单日期：2019-01-27',
          captionEn: 'Counted as designations; list date: 2019-01-27',
          view: 'sel=list%3Agreen-factory&cam=104.7%2C31.75%2C7.4&lang=en',
        },
        { title: '夏尔巴', caption: '企业去重', view: 'sel=list%3Asherpa&distinct=1&tab=gaps' },
      ],
    });
    expect(StorySchema.safeParse(storyFile([GREEN, SHERPA], '我的故事')).success).toBe(true);
  });

  it('is JSON indented by two spaces with a final newline, like the shipped file', () => {
    const text = serializeStory([SHERPA], '我的故事')!;
    expect(text).toBe(
      `{\n  "title": "我的故事",\n  "steps": [\n    {\n      "title": "夏尔巴",\n      "caption": "企业去重",\n      "view": "sel=list%3Asherpa&distinct=1&tab=gaps"\n    }\n  ]\n}\n`,
    );
  });

  it('an empty story is nothing to keep: null', () => {
    expect(serializeStory([], '我的故事')).toBeNull();
  });

  it('does not mutate the steps', () => {
    const steps = [structuredClone(GREEN)];
    serializeStory(steps, '我的故事');
    expect(steps).toEqual([GREEN]);
  });
});

describe('readStory', () => {
  it('round-trips: what is saved reads back as the same steps', () => {
    expect(readStory(serializeStory([GREEN, SHERPA], '我的故事', 'My story'))).toEqual({ steps: [GREEN, SHERPA], error: null });
  });

  it('reads the shipped data/story.json (the same format), and its steps survive a save', () => {
    const { steps, error } = readStory(JSON.stringify(shipped));
    expect(error).toBeNull();
    expect(steps).toEqual(parseStory(shipped).steps);
    expect(readStory(serializeStory(steps, shipped.title)).steps).toEqual(steps);
  });

  it('nothing saved is no steps and no error', () => {
    expect(readStory(null)).toEqual({ steps: [], error: null });
    expect(readStory('  ')).toEqual({ steps: [], error: null });
  });

  it('a corrupt entry is no steps and the reason, as a message naming the field, never a throw', () => {
    const zh = (text: string) => {
      const r = readStory(text);
      return { steps: r.steps, error: r.error && translateMsg('zh', r.error) };
    };
    expect(zh('{"title": "我的故事", "steps": [')).toEqual({ steps: [], error: expect.stringMatching(/^不是有效的 JSON（.+）$/) });
    expect(zh('{"title": "我的故事", "steps": []}')).toEqual({ steps: [], error: '至少要有 1 步；文件中没有步骤' });
    expect(zh('[1, 2]')).toEqual({ steps: [], error: '文件应为对象' });
    expect(zh('{"title": "我的故事", "steps": [{"title": "一", "caption": "", "view": "method=foo"}]}')).toEqual({
      steps: [],
      error: '第 1 步（一）的视图：链接参数“分级方法”的值 "foo" 无效，已使用默认值',
    });
  });

  it(`holds at most ${MAX_STEPS} steps, as the schema says`, () => {
    expect(readStory(serializeStory(Array(MAX_STEPS).fill(SHERPA), 't')).steps).toHaveLength(MAX_STEPS);
    const over = readStory(serializeStory(Array(MAX_STEPS + 1).fill(SHERPA), 't')).error!;
    expect(translateMsg('zh', over)).toBe(`最多 ${MAX_STEPS} 步；文件中有 ${MAX_STEPS + 1} 步`);
  });
});

describe('stepProblem', () => {
  it('null for a step that saves and reads back', () => {
    expect(stepProblem(GREEN)).toBeNull();
  });

  it('names what a link cannot carry: a camera zoomed in past 16, a title over 120 characters', () => {
    expect(translateMsg('zh', stepProblem({ ...SHERPA, view: { ...SHERPA.view, cam: [104.7, 31.4, 17.5] } })!)).toBe(
      '第 1 步（夏尔巴）的视图：链接参数“地图视角”的值 "104.7,31.4,17.5" 无效，已使用默认值',
    );
    expect(translateMsg('zh', stepProblem({ ...SHERPA, title: '长'.repeat(121) })!)).toBe('第 1 步的标题最多 120 个字符；文件中有 121 个');
  });
});
