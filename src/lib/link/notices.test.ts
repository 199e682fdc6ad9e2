import { beforeAll, describe, expect, it } from 'vitest';
import { capNotices, MAX_NOTICES } from './notices.ts';
import { decodeView } from './viewLink.ts';
import { loadLang, translateMsg, type Msg } from '../i18n/index.ts';

beforeAll(() => loadLang('en'));

const unknown = (key: string): Msg => ({ key: 'map.notice.unknownParam', params: { key } });

describe('capNotices', () => {
  it('keeps five notices as they are', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map(unknown);
    expect(MAX_NOTICES).toBe(5);
    expect(capNotices(five)).toEqual(five);
  });

  it('shows the first five, then one "…and N more" in Chinese and English', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(unknown);
    const capped = capNotices(six);
    expect(capped).toHaveLength(6);
    expect(capped.slice(0, 5)).toEqual(six.slice(0, 5));
    expect(translateMsg('zh', capped[5]!)).toBe('……另有 2 条链接提示');
    expect(translateMsg('en', capped[5]!)).toBe('…and 2 more link notices');
  });

  it('a link with 5,000 unknown parameters gives six notices, not 5,000', () => {
    const hash = Array.from({ length: 5000 }, (_, i) => `x${i}=1`).join('&');
    const capped = capNotices(decodeView(hash).notices);
    expect(capped.map((n) => translateMsg('zh', n))).toEqual([
      '链接参数 "x0" 无法识别，已忽略',
      '链接参数 "x1" 无法识别，已忽略',
      '链接参数 "x2" 无法识别，已忽略',
      '链接参数 "x3" 无法识别，已忽略',
      '链接参数 "x4" 无法识别，已忽略',
      '……另有 4,995 条链接提示',
    ]);
  });

  it('does not change the list it is given', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map(unknown);
    capNotices(all);
    expect(all).toHaveLength(6);
  });
});
