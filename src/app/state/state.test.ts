// The state modules on the real data, in Node: a link applied before the stored lists are read keeps an imported
// list until they are, the story locks and restores the view, and the model and a story slide count alike.
import { beforeAll, describe, expect, it } from 'vitest';
import { dataState } from './data.svelte.ts';
import { view } from './view.svelte.ts';
import { notices } from './notices.svelte.ts';
import { mapModel } from './model.svelte.ts';
import { story } from './story.svelte.ts';
import { i18n } from './i18n.svelte.ts';
import { DEFAULT_VIEW, type ViewState } from '../../lib/link/viewState.ts';
import { selectionKey } from '../../lib/view/lists.ts';
import { listLabel } from '../../lib/view/listLabel.ts';
import { loadLang } from '../../lib/i18n/index.ts';
import type { ImportedList } from '../../lib/import/types.ts';
import { buildImport } from '../../lib/import/build.ts';
import { guessMapping } from '../../lib/import/mapping.ts';
import { readTable } from '../../lib/read/index.ts';
import { geocode } from '../../lib/geocode/index.ts';
import { stepProblem } from '../../lib/story/saved.ts';

// In the page, the story tools set the step validator when they load (boot/laterTools.ts).
story.checkStep = stepProblem;

const link = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
/** A user's list of one enterprise in 高新区, as the import builds it. */
async function stored(id: string): Promise<ImportedList> {
  const t = await readTable(new TextEncoder().encode('企业名称,所在地\n四川长虹电器股份有限公司,高新区\n'), 'p.csv');
  return buildImport(t, guessMapping(t.headers), geocode, {}, { id, name: '我的项目', fileName: 'p.csv', importedAt: '2026-12-01T00:00:00.000Z' });
}

beforeAll(async () => {
  await dataState.load();
});

describe('ViewStore.apply with a link', () => {
  it('falls back to all lists with a notice for a policy list that does not exist', () => {
    view.apply(link({ sel: 'list:no-such-list' }));
    expect(selectionKey(view.selection)).toBe('all');
    expect(notices.notices).toEqual([{ key: 'map.notice.noList', params: { sel: 'list:no-such-list' } }]);
  });

  it('keeps an imported list until the stored lists are read, then keeps it silently when it is there', async () => {
    view.apply(link({ sel: 'list:import-abc' }));
    expect(selectionKey(view.selection)).toBe('list:import-abc');
    expect(notices.notices).toEqual([]);
    await dataState.loadStored(async () => [await stored('import-abc')]);
    view.dropMissingList();
    expect(selectionKey(view.selection)).toBe('list:import-abc');
    expect(notices.notices).toEqual([]);
  });

  it('drops a linked imported list that is not among the stored ones, saying so', async () => {
    dataState.storedLoaded = false;
    view.apply(link({ sel: 'list:import-gone' }));
    expect(selectionKey(view.selection)).toBe('list:import-gone');
    await dataState.loadStored(async () => []);
    view.dropMissingList();
    expect(selectionKey(view.selection)).toBe('all');
    expect(notices.notices).toEqual([{ key: 'link.noImportedList' }]);
  });

  it('lets a removed list go without a link notice', async () => {
    dataState.setImports([await stored('import-x')]);
    view.selection = { kind: 'list', list: 'import-x' };
    notices.set([]);
    dataState.setImports([]);
    view.dropMissingList();
    expect(selectionKey(view.selection)).toBe('all');
    expect(notices.notices).toEqual([]);
  });

  it('keeps a county area and drops an unknown one with a notice', () => {
    view.apply(link({ area: '510703', compare: ['510703', 'nowhere'] }));
    expect(view.selectedArea).toBe('510703');
    expect(view.compareIds).toEqual(['510703']);
    view.apply(link({ area: 'nowhere' }));
    expect(view.selectedArea).toBeNull();
    expect(notices.notices).toEqual([{ key: 'map.notice.noArea', params: { area: 'nowhere' } }]);
  });

  it("shows at most five notices and counts the rest, the page's own notices included", () => {
    const unknown = Array.from({ length: 7 }, (_, i) => ({ key: 'map.notice.unknownParam' as const, params: { key: `x${i}` } }));
    view.apply(link({ area: 'nowhere' }), unknown);
    expect(notices.notices).toEqual([...unknown.slice(0, 5), { key: 'map.notice.more', params: { n: '3' } }]);
  });
});

describe('StoryState', () => {
  it('locks the classes while a story plays, keeps the presenter language, and restores the view on exit', () => {
    view.apply(link({ sel: 'plan:green', lang: 'en' }));
    expect(i18n.lang).toBe('en');
    story.start('t', [
      { title: 'a', caption: '', view: link({ sel: 'list:smart-factory' }) },
      { title: 'b', caption: '', view: link({ sel: 'all' }) },
    ]);
    expect(view.lockedBreaks).not.toBeNull();
    expect(selectionKey(view.selection)).toBe('list:smart-factory');
    // Slides carry no lang: the presenter's English stays.
    expect(i18n.lang).toBe('en');
    expect(mapModel.areas?.classification.thresholds).toEqual(view.lockedBreaks);
    story.show(1);
    expect(selectionKey(view.selection)).toBe('all');
    story.exit();
    expect(view.lockedBreaks).toBeNull();
    expect(selectionKey(view.selection)).toBe('plan:green');
    expect(i18n.lang).toBe('en');
  });

  it('adds the current view as a step titled in Chinese, and refuses the 31st', () => {
    story.clearSteps();
    view.apply(link({ sel: 'list:green-factory' }));
    story.addCurrentView();
    expect(story.userSteps).toHaveLength(1);
    expect(story.userSteps[0]!.title).toContain('绿色工厂');
    story.setUserSteps(Array.from({ length: 30 }, () => story.userSteps[0]!));
    notices.set([]);
    story.addCurrentView();
    expect(story.userSteps).toHaveLength(30);
    expect(notices.notices).toEqual([{ key: 'mystory.full', params: { n: 30 } }]);
  });
});

describe('StoryState.addCurrentView in English', () => {
  it('titles the English text with the list gloss beside the printed name, the Chinese title without it', async () => {
    await loadLang('en');
    story.clearSteps();
    view.apply(link({ sel: 'list:green-factory' }));
    story.addCurrentView();
    const list = dataState.data!.lists.find((l) => l.id === 'green-factory')!;
    const step = story.userSteps[0]!;
    expect(step.title).toBe(list.name);
    expect(step.titleEn).toBe(listLabel(list, 'en'));
    expect(step.titleEn).not.toBe(list.name);
    story.clearSteps();
  });
});

describe('MapModel', () => {
  it('counts the policy lists only under "all lists", and an imported list when chosen by itself', async () => {
    dataState.setImports([await stored('import-y')]);
    view.apply(link({ sel: 'all' }));
    expect(mapModel.catalogue.some((l) => l.id === 'import-y')).toBe(false);
    view.apply(link({ sel: 'list:import-y' }));
    expect(mapModel.lists.map((l) => l.id)).toEqual(['import-y']);
    dataState.setImports([]);
  });

  it('places every record of the selection in one status (printed + borrowed + unplaced = records)', () => {
    view.apply(link({ sel: 'all' }));
    const p = mapModel.placement!;
    const ids = new Set(mapModel.lists.map((l) => l.id));
    const n = dataState.data!.placed.filter((x) => ids.has(x.record.list)).length;
    expect(p.printed + p.borrowed + p.unplaced).toBe(n);
    expect(n).toBe(262);
  });
});
