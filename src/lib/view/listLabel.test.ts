import { describe, expect, it } from 'vitest';
import lists from '../../../data/lists.json' with { type: 'json' };
import type { ListMeta } from '../types.ts';
import { listLabel, planLabel } from './listLabel.ts';
import { selectionTitle } from './lists.ts';
import { loadLang, translator } from '../i18n/index.ts';

const all = lists as ListMeta[];
const HAN = /\p{Script=Han}/u;

describe('English glosses of the list and plan names', () => {
  it('all 18 lists: printed in Chinese, printed + an English gloss in English', () => {
    expect(all).toHaveLength(18);
    for (const l of all) {
      expect(listLabel(l, 'zh')).toBe(l.name);
      const en = listLabel(l, 'en');
      expect(en.startsWith(`${l.name} (`), l.id).toBe(true);
      const g = en.slice(l.name.length + 2, -1);
      expect(g.length, l.id).toBeGreaterThan(5);
      expect(HAN.test(g), `${l.id}: ${g}`).toBe(false);
    }
    expect(
      listLabel(
        all.find((l) => l.id === 'green-factory')!,
        'en',
      ),
    ).toBe('绿色工厂重点培育企业 (Green factories: key enterprises)');
  });

  it('every plan the lists belong to has a gloss', () => {
    const plans = [...new Map(all.map((l) => [l.plan, l.planName]))];
    expect(plans).toHaveLength(7);
    for (const [plan, name] of plans) {
      expect(planLabel(plan, name, 'zh')).toBe(name);
      const en = planLabel(plan, name, 'en');
      expect(en, plan).toMatch(new RegExp(`^${name} \\([^\\p{Script=Han}]+\\)$`, 'u'));
    }
    expect(planLabel('smart', '智能化', 'en')).toBe('智能化 (Smart manufacturing)');
  });

  it('an imported list (its English name is its own name) gets no gloss', () => {
    expect(listLabel({ name: '我的名单', nameEn: '我的名单' }, 'en')).toBe('我的名单');
    expect(planLabel('import', '我的名单', 'en')).toBe('我的名单');
  });

  it('the map title (legend, PNG, print) carries the gloss in English', async () => {
    await loadLang('en');
    const en = translator('en');
    expect(selectionTitle(all, { kind: 'list', list: 'summit' }, en, 'en')).toBe('冲顶行动培育对象 (Summit action: single-champion contenders)');
    expect(selectionTitle(all, { kind: 'plan', plan: 'green' }, en, 'en')).toBe('绿色化 (Green manufacturing): all lists (5)');
    expect(selectionTitle(all, { kind: 'list', list: 'summit' }, translator('zh'))).toBe('冲顶行动培育对象');
  });
});
