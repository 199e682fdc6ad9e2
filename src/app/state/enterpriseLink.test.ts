// The open enterprise card as part of the view, on the real data in Node: the view's link carries it (ent=) and a
// link opens it; a link naming an enterprise no list names opens the map without the card and says so by name; one
// that only an imported list could name waits for the stored lists, as a linked imported list does.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataState } from './data.svelte.ts';
import { view } from './view.svelte.ts';
import { enterprise } from './enterprise.svelte.ts';
import { story } from './story.svelte.ts';
import { stepProblem } from '../../lib/story/saved.ts';
import { notices } from './notices.svelte.ts';
import { DEFAULT_VIEW, type ViewState } from '../../lib/link/viewState.ts';
import { encodeView } from '../../lib/link/encodeView.ts';
import { selectionKey } from '../../lib/view/lists.ts';
import { loadLang, translateMsg } from '../../lib/i18n/index.ts';
import type { ImportedList } from '../../lib/import/types.ts';
import { buildImport } from '../../lib/import/build.ts';
import { guessMapping } from '../../lib/import/mapping.ts';
import { readTable } from '../../lib/read/index.ts';
import { geocode } from '../../lib/geocode/index.ts';
import { enterpriseKey } from '../../lib/registry/index.ts';

// In the page, the story tools set the step validator when they load (boot/laterTools.ts).
story.checkStep = stepProblem;

const link = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
/** 四川长虹电器股份有限公司 of the policy lists, by its registry key. */
const CHANGHONG = '长虹电器';
/** An enterprise no policy list names: only a user's imported list can. */
const OWN = '绵阳涪城精工机械有限公司';

/** A user's list of one enterprise in 高新区, as the import builds it. */
async function stored(id: string): Promise<ImportedList> {
  const t = await readTable(new TextEncoder().encode(`企业名称,所在地\n${OWN},高新区\n`), 'p.csv');
  return buildImport(t, guessMapping(t.headers), geocode, {}, { id, name: '我的项目', fileName: 'p.csv', importedAt: '2026-12-01T00:00:00.000Z' });
}

beforeAll(async () => {
  await Promise.all([dataState.load(), loadLang('en')]);
});

beforeEach(() => {
  enterprise.close();
  dataState.setImports([]);
  dataState.storedLoaded = false;
  notices.set([]);
});

describe('the open enterprise card in the view', () => {
  it('is in the link when open and gone from it when closed; no card leaves the link as it was', () => {
    view.apply(link({ sel: 'list:summit' }));
    expect(encodeView(view.toLink())).toBe('sel=list%3Asummit');
    expect(enterpriseKey('四川长虹电器股份有限公司')).toBe(CHANGHONG);
    enterprise.open(CHANGHONG);
    expect(view.toLink().ent).toBe(CHANGHONG);
    expect(encodeView(view.toLink())).toBe(`sel=list%3Asummit&ent=${encodeURIComponent(CHANGHONG)}`);
    enterprise.close();
    expect('ent' in view.toLink()).toBe(false);
    expect(encodeView(view.toLink())).toBe('sel=list%3Asummit');
  });

  it("a link's card opens, and a view without one (back, a story slide) closes it", () => {
    view.apply(link({ ent: CHANGHONG, area: '510703' }));
    expect(enterprise.key).toBe(CHANGHONG);
    expect(view.selectedArea).toBe('510703');
    expect(notices.notices).toEqual([]);
    view.apply(link({}));
    expect(enterprise.key).toBeNull();
    expect(encodeView(view.toLink())).toBe('');
  });

  it('an enterprise no list names opens the view without the card, named in the notice in both languages', () => {
    dataState.storedLoaded = true;
    view.apply(link({ sel: 'list:summit', ent: '长虹电气' }));
    expect(enterprise.key).toBeNull();
    expect(selectionKey(view.selection)).toBe('list:summit');
    expect(notices.notices).toEqual([{ key: 'link.noEnterprise', params: { name: '长虹电气' } }]);
    expect(translateMsg('zh', notices.notices[0]!)).toBe(
      '链接中的企业“长虹电气”不在本页的名单中（名称有误，或它所在的“我的名单”不在本浏览器中），未打开企业卡片',
    );
    expect(translateMsg('en', notices.notices[0]!)).toBe(
      'The enterprise “长虹电气” in the link is on none of the lists here (a misspelt name, or one of “My lists” that is not in this browser); its card was not opened',
    );
  });

  it('an enterprise of an imported list waits for the stored lists and opens when it is there', async () => {
    const key = enterpriseKey(OWN);
    view.apply(link({ ent: key }));
    expect(enterprise.key).toBe(key);
    expect(notices.notices).toEqual([]);
    await dataState.loadStored(async () => [await stored('import-own')]);
    view.dropMissingEnterprise();
    expect(enterprise.key).toBe(key);
    expect(dataState.data!.placed.some((p) => p.key === key)).toBe(true);
    expect(notices.notices).toEqual([]);
  });

  it("one not among the stored lists is dropped once they are read, saying so (capped with the link's other notices)", async () => {
    const unknown = Array.from({ length: 5 }, (_, i) => ({ key: 'map.notice.unknownParam' as const, params: { key: `x${i}` } }));
    view.apply(link({ ent: enterpriseKey(OWN) }), unknown);
    expect(enterprise.key).toBe(enterpriseKey(OWN));
    expect(notices.notices).toEqual(unknown);
    await dataState.loadStored(async () => []);
    view.dropMissingEnterprise();
    expect(enterprise.key).toBeNull();
    expect(notices.notices).toEqual([...unknown, { key: 'map.notice.more', params: { n: '1' } }]);
    expect('ent' in view.toLink()).toBe(false);
  });

  it('a card whose imported list is removed closes without a link notice', async () => {
    dataState.storedLoaded = true;
    dataState.setImports([await stored('import-own')]);
    await expect.poll(() => dataState.data!.placed.some((p) => p.key === enterpriseKey(OWN))).toBe(true);
    enterprise.open(enterpriseKey(OWN));
    view.dropMissingEnterprise();
    expect(enterprise.key).toBe(enterpriseKey(OWN));
    dataState.setImports([]);
    view.dropMissingEnterprise();
    expect(enterprise.key).toBeNull();
    expect(notices.notices).toEqual([]);
  });

  it('a story step keeps the card it was added with; slides without one close it, and leaving the story reopens it', () => {
    story.clearSteps();
    view.apply(link({ sel: 'list:summit', ent: CHANGHONG }));
    story.addCurrentView();
    expect(story.userSteps.map((st) => st.view.ent)).toEqual([CHANGHONG]);
    enterprise.close();
    view.apply(link({ sel: 'list:smart-factory' }));
    story.addCurrentView();
    expect(story.userSteps[1]!.view.ent).toBeUndefined();
    // The presenter had another card open: slides show theirs (or none), Esc gives the presenter's back.
    view.apply(link({ ent: '九洲电器' }));
    expect(enterprise.key).toBe('九洲电器');
    story.start('t', story.userSteps);
    expect(enterprise.key).toBe(CHANGHONG);
    story.show(1);
    expect(enterprise.key).toBeNull();
    story.exit();
    expect(enterprise.key).toBe('九洲电器');
    expect(notices.notices).toEqual([]);
  });
});
