import { beforeAll, describe, expect, it } from 'vitest';
import { decodeView, encodeView } from './viewLink.ts';
import { DEFAULT_VIEW, type ViewState } from './viewState.ts';
import { loadLang, translateMsg } from '../i18n/index.ts';

beforeAll(() => loadLang('en'));

describe('view state in the URL', () => {
  it('writes nothing for the default view and round-trips a changed one exactly', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    const v: ViewState = {
      ...DEFAULT_VIEW,
      sel: 'list:green-factory',
      by: 'unit',
      distinct: true,
      method: 'custom',
      k: 5,
      scheme: 'viridis',
      custom: '2, 5, 10',
      layers: { choropleth: true, labels: false, parks: true, bubbles: false },
      area: 'gaoxin',
      compare: ['510703', '510781'],
      tab: 'ranking',
      cam: [104.7412, 31.4638, 8.25],
    };
    const s = encodeView(v);
    expect(s).toBe(
      'sel=list%3Agreen-factory&by=unit&distinct=1&method=custom&k=5&scheme=viridis&custom=2%2C+5%2C+10&layers=1010&area=gaoxin&compare=510703%2C510781&tab=ranking&cam=104.7412%2C31.4638%2C8.25',
    );
    expect(decodeView('#' + s)).toEqual({ view: v, notices: [] });
  });

  it('keeps the default for each tampered field, applies the rest, and says which field and value', () => {
    const { view, notices } = decodeView('#sel=list:green-factory&method=foo&k=99&layers=11&cam=0,0,30&area=<img>&evil=1');
    expect(view.sel).toBe('list:green-factory');
    expect([view.method, view.k, view.layers, view.cam, view.area]).toEqual([DEFAULT_VIEW.method, DEFAULT_VIEW.k, DEFAULT_VIEW.layers, null, null]);
    expect(notices.map((n) => translateMsg('zh', n))).toEqual([
      '链接参数“分级方法”的值 "foo" 无效，已使用默认值',
      '链接参数“类数”的值 "99" 无效，已使用默认值',
      '链接参数“图层”的值 "11" 无效，已使用默认值',
      '链接参数“地图视角”的值 "0,0,30" 无效，已使用默认值',
      '链接参数“选中区域”的值 "<img>" 无效，已使用默认值',
      '链接参数 "evil" 无法识别，已忽略',
    ]);
  });

  it("notices are messages, so they read in the link's language once it has loaded", () => {
    const { view, notices } = decodeView('#lang=en&method=foo&evil=1');
    expect(view.lang).toBe('en');
    expect(notices[0]).toEqual({ key: 'map.notice.badValue', params: { field: { key: 'map.field.method' }, value: 'foo' } });
    expect(notices.map((n) => translateMsg('en', n))).toEqual([
      'Link parameter "classification method" has an invalid value "foo"; the default is used',
      'Link parameter "evil" is not recognised and was ignored',
    ]);
  });

  it('writes the open enterprise card as ent= after the rest, and reads it back; no card writes nothing', () => {
    const v: ViewState = { ...DEFAULT_VIEW, sel: 'list:summit', ent: '长虹电器' };
    const s = encodeView(v);
    expect(s).toBe('sel=list%3Asummit&ent=%E9%95%BF%E8%99%B9%E7%94%B5%E5%99%A8');
    expect(decodeView('#' + s)).toEqual({ view: v, notices: [] });
    // A registry key is a name: brackets, Latin letters and 、 in it survive the link.
    for (const ent of ['艾默生网络能源(绵阳)', '虹信软件、科瑞软件', 'abc&=#%+?']) expect(decodeView(encodeView({ ...DEFAULT_VIEW, ent })).view.ent).toBe(ent);
    expect(encodeView({ ...DEFAULT_VIEW, ent: '' })).toBe('');
    expect('ent' in decodeView('#sel=all').view).toBe(false);
  });

  it('an ent= with whitespace, a control character or over 100 characters opens no card and says so', () => {
    for (const raw of ['长虹 电器', '长虹\u0000', '', '长'.repeat(101)]) {
      const { view, notices } = decodeView(new URLSearchParams({ k: '5', ent: raw }).toString());
      expect(view).toEqual({ ...DEFAULT_VIEW, k: 5 });
      expect(notices.map((n) => translateMsg('zh', n))).toEqual([`链接参数“企业卡片”的值 "${raw.slice(0, 40)}" 无效，已使用默认值`]);
    }
    expect(translateMsg('en', decodeView('ent=a%20b').notices[0]!)).toBe('Link parameter "enterprise card" has an invalid value "a b"; the default is used');
  });

  it('does not share state between decodes (defaults are copied, not aliased)', () => {
    const a = decodeView('').view;
    a.layers.bubbles = false;
    a.compare.push('x');
    expect(decodeView('').view).toEqual(DEFAULT_VIEW);
  });
});
