// Story files that cannot be read are told why in words that name the field and the limit, in Chinese and English;
// zod's own "Invalid input" never reaches the user.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStory } from './format.ts';
import { readStory } from './saved.ts';
import { fieldName, isStoryError, summarise } from './problems.ts';
import { loadLang, translateMsg, type Msg } from '../i18n/index.ts';

beforeAll(() => loadLang('en'));

const step = { title: '一', caption: '说明', view: '' };
/** The messages parseStory throws for `json`, in both languages. */
function problems(json: unknown): { zh: string[]; en: string[] } {
  try {
    parseStory(json);
  } catch (e) {
    if (!isStoryError(e)) throw e;
    return { zh: e.problems.map((m) => translateMsg('zh', m)), en: e.problems.map((m) => translateMsg('en', m)) };
  }
  throw new Error('parsed');
}

describe('story problems name the field and the limit', () => {
  it('a 10,000-step story: "最多 30 步；文件中有 10,000 步"', () => {
    const p = problems({ title: '故事', steps: Array(10_000).fill(step) });
    expect(p.zh).toEqual(['最多 30 步；文件中有 10,000 步']);
    expect(p.en).toEqual(['At most 30 steps; the file has 10,000']);
  });

  it('no steps, an empty title, a caption over 600 characters', () => {
    expect(problems({ title: '故事', steps: [] }).zh).toEqual(['至少要有 1 步；文件中没有步骤']);
    expect(problems({ title: '', steps: [step] })).toEqual({ zh: ['标题不能为空'], en: ['Title must not be empty'] });
    expect(problems({ title: '故事', steps: [step, { ...step, captionEn: 'x'.repeat(601) }] })).toEqual({
      zh: ['第 2 步的英文说明最多 600 个字符；文件中有 601 个'],
      en: ['Step 2 English caption: at most 600 characters; the file has 601'],
    });
  });

  it('a missing field, a field of the wrong type, a file that is not an object', () => {
    expect(problems({ steps: [step] })).toEqual({ zh: ['缺少标题'], en: ['Title is missing'] });
    expect(problems({ title: '故事', steps: [{ ...step, view: 5 }] })).toEqual({ zh: ['第 1 步的视图应为文本'], en: ['Step 1 View must be text'] });
    expect(problems({ title: '故事', steps: 'all' }).zh).toEqual(['步骤列表应为列表']);
    expect(problems({ title: '故事', steps: [1] }).zh).toEqual(['第 1 步应为对象']);
    expect(problems([1, 2])).toEqual({ zh: ['文件应为对象'], en: ['The file must be an object'] });
  });

  it('the story shape comes first: too many steps is said before what is wrong inside them', () => {
    const p = problems({ title: '故事', steps: Array(31).fill({ title: '' }) });
    expect(p.zh[0]).toBe('最多 30 步；文件中有 31 步');
  });

  it('a step whose view has a bad field names the step and the field', () => {
    expect(problems({ title: '故事', steps: [step, { ...step, title: '二', view: 'method=foo' }] })).toEqual({
      zh: ['第 2 步（二）的视图：链接参数“分级方法”的值 "foo" 无效，已使用默认值'],
      en: ['Step 2 (二), view: Link parameter "classification method" has an invalid value "foo"; the default is used'],
    });
  });

  it("no message is zod's own text", () => {
    const all = [
      problems({ title: 1, titleEn: '', steps: [{ title: [], caption: {}, captionEn: null, view: 'k=0' }] }),
      problems(null),
      problems({ title: '故事', steps: Array(40).fill(null) }),
    ].flatMap((p) => [...p.zh, ...p.en]);
    expect(all.length).toBeGreaterThan(5);
    for (const text of all) expect(text).not.toMatch(/Invalid input|invalid story|\{\w+\}/);
  });
});

describe('fieldName', () => {
  it('reads inherited names as plain text, not as a field of the format', () => {
    expect(translateMsg('zh', fieldName(['constructor']))).toBe('字段“constructor”');
    expect(translateMsg('zh', fieldName(['steps', 0, 'toString']))).toBe('第 1 步的字段“toString”');
  });
});

describe('summarise / readStory', () => {
  it('one problem as it is; several as the first and how many more', () => {
    const a: Msg = { key: 'story.field.file' };
    expect(summarise([a])).toBe(a);
    expect(translateMsg('zh', summarise([{ key: 'story.error.empty', params: { field: a } }, a, a]))).toBe('文件不能为空（另有 2 处问题）');
    expect(translateMsg('en', summarise([{ key: 'story.error.empty', params: { field: a } }, a, a]))).toBe('The file must not be empty (and 2 more problems)');
  });

  it('readStory gives the message, never a throw: bad JSON, too many steps', () => {
    const bad = readStory('{"title": "我的故事", "steps": [');
    expect(bad.steps).toEqual([]);
    expect(translateMsg('zh', bad.error!)).toMatch(/^不是有效的 JSON（.+）$/);
    const big = readStory(JSON.stringify({ title: '故事', steps: Array(10_000).fill(step) }));
    expect(big.steps).toEqual([]);
    expect(translateMsg('zh', big.error!)).toBe('最多 30 步；文件中有 10,000 步');
  });
});
