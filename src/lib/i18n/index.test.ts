import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ZH_FIRST, type Key } from './strings.ts';
import { ZH_LATER } from './later.zh.ts';
import { EN } from './en.ts';
import { isLoaded, loadLang, placeholders, romanise, translate } from './index.ts';

/** Every Chinese string: the first paint's and the panels' (loaded later in the page). */
const ZH: Record<Key, string> = { ...ZH_FIRST, ...ZH_LATER };

describe('i18n', () => {
  it("the panels' Chinese strings arrive later: until then their keys are empty text (never the raw key), asking fetches them, and listeners hear when they are in", async () => {
    vi.resetModules();
    const fresh = await import('./index.ts');
    const heard = vi.fn();
    fresh.onStringsLoaded(heard);
    expect(fresh.isLoaded('zh')).toBe(false);
    expect(fresh.translate('zh', 'controls.list')).toBe('名单');
    expect(fresh.translate('zh', 'drawer.close')).toBe('');
    await fresh.loadLang('zh');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(fresh.isLoaded('zh')).toBe(true);
    expect(fresh.translate('zh', 'drawer.close')).toBe(ZH['drawer.close']);
    expect(fresh.translate('zh', 'no.such.key' as Key)).toBe('no.such.key');
  });

  it('English is not loaded up front: until it is, English asks fall back to the Chinese text', () => {
    expect(isLoaded('zh')).toBe(true);
    expect(isLoaded('en')).toBe(false);
    expect(translate('en', 'lang.toggle')).toBe('English');
  });

  describe('once English is loaded', () => {
    beforeAll(() => loadLang('en'));

    it('both languages have every key, with the same parameters, and no empty string', () => {
      const keys = Object.keys(ZH) as Key[];
      expect(Object.keys(EN).sort()).toEqual([...keys].sort());
      for (const k of keys) {
        expect(placeholders(EN[k]).sort(), k).toEqual(placeholders(ZH[k]).sort());
        expect(EN[k].length, k).toBeGreaterThan(0);
      }
    });

    it('Chinese is the default text; English fills parameters the same way', () => {
      expect(isLoaded('en')).toBe(true);
      expect(translate('zh', 'story.play', { title: '绵阳 2018—2020' })).toBe('▶ 放映：绵阳 2018—2020');
      expect(translate('en', 'story.play', { title: '绵阳 2018—2020' })).toBe('▶ Present: 绵阳 2018—2020');
      expect(translate('zh', 'legend.areas', { n: 3 })).toBe('3 个区域');
      expect(translate('en', 'legend.areas', { n: 0 })).toBe('0 area(s)');
      expect(translate('en', 'table.total', { n: 262, u: 19 })).toBe('Total 262 (incl. 19 not on the map)');
    });

    it('a missing parameter stays visible instead of printing "undefined"', () => {
      expect(translate('en', 'controls.planAll', { plan: '智能化' })).toBe('智能化 · all {n} lists');
    });

    it('the toggle names the other language', () => {
      expect(translate('zh', 'lang.toggle')).toBe('English');
      expect(translate('en', 'lang.toggle')).toBe('中文');
    });
  });

  it('romanise: syllables with tone marks → one capitalised word', () => {
    expect(romanise(['fú', 'chéng', 'qū'])).toBe('Fúchéngqū');
    expect(romanise(['jiāng', 'yóu', 'shì'])).toBe('Jiāngyóushì');
    expect(romanise([])).toBe('');
  });
});
