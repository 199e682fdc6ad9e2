// Every parameter of a shared link (src/lib/link/viewLink.ts), tampered one at a time: each falls back to its own default
// with a notice naming the field in Chinese, and the other parameters of the same link still apply.
import { describe, expect, it } from 'vitest';
import { decodeView as decodeMsgs, encodeView } from './viewLink.ts';
import { DEFAULT_VIEW, type ViewState } from './viewState.ts';
import { translateMsg } from '../i18n/index.ts';

/** Notices are messages (their language is the link's); these tests read them in Chinese. */
const decodeView = (hash: string) => {
  const { view, notices } = decodeMsgs(hash);
  return { view, notices: notices.map((n) => translateMsg('zh', n)) };
};

const GOOD =
  'sel=list%3Agreen-factory&by=unit&distinct=1&method=custom&k=5&scheme=viridis&custom=2%2C+5&layers=1010&area=gaoxin&compare=510703%2C510781&tab=ranking&cam=104.74%2C31.46%2C8.25&lang=en&ent=%E9%95%BF%E8%99%B9%E7%94%B5%E5%99%A8';

const BAD: [keyof ViewState, string, string][] = [
  ['sel', 'list:../../etc', '名单'],
  ['by', 'town', '计数单位'],
  ['distinct', 'yes', '计数方式'],
  ['method', 'magic', '分级方法'],
  ['k', '0', '类数'],
  ['scheme', 'Reds', '色系'],
  ['custom', '=HYPERLINK(1)', '自定义断点'],
  ['layers', '10201', '图层'],
  ['area', 'a b', '选中区域'],
  ['compare', '1,2,3,4,5', '比较区域'],
  ['tab', 'admin', '面板'],
  ['cam', '104.7,31.4', '地图视角'],
  ['lang', 'fr', '界面语言'],
  ['ent', '长虹\t电器', '企业卡片'],
];

describe('tampered links, field by field', () => {
  const good = decodeView(GOOD);

  it('the untampered link decodes without notice and round-trips, language included', () => {
    expect(good.notices).toEqual([]);
    expect(good.view.lang).toBe('en');
    expect(good.view.ent).toBe('长虹电器');
    expect(encodeView(good.view)).toBe(GOOD);
  });

  it.each(BAD)('%s=%s falls back to the default and says so; the rest applies', (key, value, label) => {
    const p = new URLSearchParams(GOOD);
    p.set(key, value);
    const { view, notices } = decodeView(p.toString());
    expect(notices).toEqual([`链接参数“${label}”的值 "${value}" 无效，已使用默认值`]);
    expect(view[key]).toEqual(DEFAULT_VIEW[key]);
    expect({ ...view, [key]: null }).toEqual({ ...good.view, [key]: null });
  });

  it('a very long value is cut to 40 characters in the notice', () => {
    const { notices } = decodeView(`method=${'x'.repeat(500)}`);
    expect(notices).toEqual([`链接参数“分级方法”的值 "${'x'.repeat(40)}" 无效，已使用默认值`]);
  });
});

describe('language in the link', () => {
  it('Chinese is the default and is not written; English is lang=en', () => {
    expect(encodeView({ ...DEFAULT_VIEW, lang: 'zh' })).toBe('');
    expect(encodeView({ ...DEFAULT_VIEW, lang: 'en' })).toBe('lang=en');
    expect(decodeView('#lang=en').view).toEqual({ ...DEFAULT_VIEW, lang: 'en' });
  });

  it("a link without lang leaves the language unset (a story slide keeps the presenter's language)", () => {
    expect('lang' in decodeView('#sel=all').view).toBe(false);
  });
});
