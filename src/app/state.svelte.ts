// The one shared state of the app. Components read fields and derived models; only methods here mutate.
import type { Method, Scheme } from '../lib/classify/index.ts';
import { buildAreaModel, type AreaModel } from '../lib/view/areas.ts';
import { countByArea } from '../lib/aggregate/index.ts';
import { asOfText, countingRule, parseSelection, selectedLists, selectionKey, selectionTitle, type Selection } from '../lib/view/lists.ts';
import type { ViewState } from '../lib/view/url.ts';
import { lockedBreaks, MAX_STEPS, type StoryStep } from '../lib/view/story.ts';
import { stepProblem } from '../lib/view/userStory.ts';
import { loadData, type AppData } from './data.ts';
import { bubbleModel, greenParkModel } from './overlays.ts';
import { mergeImports } from './import/merge.ts';
import { MapCovers } from './mapCovers.svelte.ts';
import type { CaptureSize } from './captureMap.ts';
import { IMPORT_PLAN, type ImportedList } from '../lib/import/types.ts';
import { isLoaded, translate, translateMsg, translator, type Key, type Lang, type Msg, type Translate } from '../lib/i18n/index.ts';

export interface LayerToggles {
  choropleth: boolean;
  labels: boolean;
  parks: boolean;
  bubbles: boolean;
}

export interface AppSnapshot {
  ready: boolean;
  error: string | null;
  selection: string;
  title: string;
  by: 'county' | 'unit';
  distinct: boolean;
  method: Method;
  layers: LayerToggles;
  legend: { label: string; count: number; color: string }[];
  thresholds: number[];
  countyColors: Record<string, string>;
  rule: string;
  asOf: string;
  unplaced: number;
  lang: 'zh' | 'en';
  /** Investment bubbles drawn (none while the layer is off): per project, or `total:<place>` per place. */
  bubbles: { id: string; position: [number, number] }[];
}


export class AppState {
  data = $state.raw<AppData | null>(null);
  /** The first failure, as a message (shown in the current language) or a final string. */
  error = $state<Msg | string | null>(null);
  loading = $state(true);
  selection = $state<Selection>({ kind: 'all' });
  by = $state<'county' | 'unit'>('county');
  distinct = $state(false);
  method = $state<Method>('nice');
  k = $state(4);
  scheme = $state<Scheme>('YlGnBu');
  /** Comma-separated lower bounds for the custom method, as typed. */
  custom = $state('5, 10, 20');
  layers = $state<LayerToggles>({ choropleth: true, labels: true, parks: true, bubbles: true });
  hover = $state.raw<{ x: number; y: number; lines: string[] } | null>(null);
  /** Map view state that the size legend depends on. */
  zoom = $state(7);
  /** The area clicked on the map (county code or park id), shown in the analysis drawer. */
  selectedArea = $state<string | null>(null);
  /** Which drawer tab is open; null = drawer closed. */
  drawerTab = $state<'district' | 'gaps' | 'ranking' | 'targets' | 'quality' | null>(null);
  /** Areas ticked for side-by-side comparison (2–4). */
  compareIds = $state<string[]>([]);
  /** Camera [lng, lat, zoom] after the user moved the map (null = the default fit); written to the URL. */
  camera = $state<[number, number, number] | null>(null);
  /** A camera the map should jump to (from a link or back/forward); MapView clears it once applied. */
  cameraRequest = $state<[number, number, number] | 'fit' | null>(null);
  /** Panels over the map (drawer, story title/caption/legend): the camera frames Mianyang in what is left visible. */
  readonly covers = new MapCovers();
  /** Set by MapView: the map and its overlay drawn into one canvas at a given size (PNG export, print). */
  captureMap: ((size: CaptureSize) => Promise<HTMLCanvasElement>) | null = null;
  /** Small notices, e.g. a link parameter that was invalid and fell back to its default (shown with say()). */
  notices = $state<(Msg | string)[]>([]);
  /** UI chrome language (data stays as printed); in the URL as lang=en. */
  lang = $state<Lang>('zh');
  /** Bumped when a language's strings arrive (English loads on first use), so t() is read again. */
  langLoads = $state(0);
  /** Place name → pinyin, once loaded (LangToggle loads it on the first English use). */
  romaniser = $state.raw<((name: string) => string) | null>(null);
  /** A place name's pinyin in English ("Fúchéngqū"); '' in Chinese or before pinyin-pro has arrived. */
  pinyin = (name: string): string => (this.lang === 'en' && this.romaniser ? this.romaniser(name) : '');
  /** UI string in the current language (src/lib/i18n). */
  t = (key: Key, params?: Readonly<Record<string, string | number>>): string => (this.langLoads, translate(this.lang, key, params));
  /** A kept message (notice, error) in the current language. */
  say = (m: Msg | string): string => (this.langLoads, translateMsg(this.lang, m));

  /** The shareable part of the state (src/lib/view/url.ts). */
  viewState(): ViewState {
    return {
      sel: selectionKey(this.selection),
      by: this.by,
      distinct: this.distinct,
      method: this.method,
      k: this.k,
      scheme: this.scheme,
      custom: this.custom,
      layers: { ...this.layers },
      area: this.selectedArea,
      compare: [...this.compareIds],
      tab: this.drawerTab,
      cam: this.camera,
      lang: this.lang,
    };
  }

  /** The story being shown (full screen), with the view to restore on exit and its locked class breaks. */
  story = $state<{ title: string; titleEn?: string; steps: StoryStep[]; index: number; breaks: number[]; saved: ViewState } | null>(null);
  /** Views added with "添加此视图", in order; kept in localStorage by src/app/present/MyStory.svelte. */
  userSteps = $state<StoryStep[]>([]);

  startStory(title: string, steps: StoryStep[], titleEn?: string): void {
    const d = this.data;
    if (!d || steps.length === 0) return;
    // Every step's area values, counted the way that step counts, classified together: one legend for the story.
    const values = steps.map((s) => {
      const lists = selectedLists(d.lists, parseSelection(s.view.sel));
      const counts = countByArea(d.placed, { lists: new Set(lists.map((l) => l.id)), by: s.view.by, distinct: s.view.distinct });
      return buildAreaModel(counts, d, { by: s.view.by }).areas.map((a) => a.count);
    });
    this.story = { title, ...(titleEn ? { titleEn } : {}), steps, index: 0, breaks: lockedBreaks(values), saved: this.viewState() };
    this.showStep(0);
  }

  showStep(i: number): void {
    const st = this.story;
    if (!st) return;
    st.index = Math.max(0, Math.min(st.steps.length - 1, i));
    this.applyView(st.steps[st.index]!.view);
  }

  exitStory(): void {
    const saved = this.story?.saved;
    this.story = null;
    if (saved) this.applyView(saved);
  }

  addStep(): void {
    const v = this.viewState();
    // Written in Chinese, and in English too once English has loaded, so the slide reads right in either language.
    const text = (t: Translate) => ({
      title: selectionTitle(this.catalogue, this.selection, t),
      caption: t('map.story.caption', { rule: countingRule({ distinct: this.distinct, by: this.by }, t), asOf: asOfText(this.lists, t) }),
    });
    const zh = text(translator('zh'));
    const en = isLoaded('en') ? text(translator('en')) : null;
    const step: StoryStep = { ...zh, ...(en ? { titleEn: en.title, captionEn: en.caption } : {}), view: v };
    if (this.userSteps.length >= MAX_STEPS) {
      this.notices = [...this.notices, { key: 'mystory.full', params: { n: MAX_STEPS } }];
      return;
    }
    // A step that could not be read back would make the whole saved story unreadable: refuse it, saying why.
    const problem = stepProblem(step);
    if (problem) this.notices = [...this.notices, { key: 'mystory.unsaveable', params: { error: problem } }];
    else this.userSteps = [...this.userSteps, step];
  }

  /** Replace the user's story (read from storage or an imported file). */
  setUserSteps(steps: StoryStep[]): void {
    this.userSteps = steps.slice(0, MAX_STEPS);
  }

  removeStep(i: number): void {
    this.userSteps = this.userSteps.filter((_, j) => j !== i);
  }

  clearSteps(): void {
    this.userSteps = [];
  }

  /** Apply a view from a link; ids that name no list or area fall back with a notice. */
  applyView(v: ViewState, notices: (Msg | string)[] = []): void {
    const d = this.data;
    const sel = parseSelection(v.sel);
    const known = !d || sel.kind === 'all' || (sel.kind === 'plan' ? d.lists.some((l) => l.plan === sel.plan) : d.lists.some((l) => l.id === sel.list));
    if (!known) notices.push({ key: 'map.notice.noList', params: { sel: v.sel } });
    this.selection = known ? sel : { kind: 'all' };
    this.by = v.by;
    this.distinct = v.distinct;
    this.method = v.method;
    this.k = v.k;
    this.scheme = v.scheme;
    this.custom = v.custom;
    this.layers = { ...v.layers };
    const isArea = (id: string) => !d || d.counties.some((c) => c.code === id) || d.parks.some((p) => p.id === id);
    if (v.area && !isArea(v.area)) notices.push({ key: 'map.notice.noArea', params: { area: v.area } });
    this.selectedArea = v.area && isArea(v.area) ? v.area : null;
    this.compareIds = v.compare.filter(isArea);
    this.drawerTab = v.tab;
    this.camera = v.cam;
    // No camera in the view means the default fit to Mianyang (a story slide or a link without cam=).
    this.cameraRequest = v.cam ?? 'fit';
    this.notices = notices;
    // A link without lang= is Chinese; a story slide (shipped or added in either language) keeps the presenter's.
    if (!this.story) this.lang = v.lang ?? 'zh';
  }
  /** The bundled lists alone; `data` = these plus the user's imported lists (see setImports). */
  seed = $state.raw<AppData | null>(null);
  imports = $state.raw<ImportedList[]>([]);
  /** "全部名单" means the policy lists: a user's own list is only counted when chosen by itself. */
  catalogue = $derived(this.data ? (this.selection.kind === 'all' ? this.data.lists.filter((l) => l.plan !== IMPORT_PLAN) : this.data.lists) : []);

  lists = $derived(this.data ? selectedLists(this.catalogue, this.selection) : []);
  title = $derived(this.data ? selectionTitle(this.catalogue, this.selection, this.t) : '');
  rule = $derived(countingRule({ distinct: this.distinct, by: this.by }, this.t));
  asOf = $derived(asOfText(this.lists, this.t));

  model = $derived.by((): AreaModel | null => {
    const d = this.data;
    if (!d) return null;
    const counts = countByArea(d.placed, { lists: new Set(this.lists.map((l) => l.id)), by: this.by, distinct: this.distinct });
    const custom = this.custom.split(/[,，\s]+/).map(Number).filter((n) => Number.isFinite(n) && n > 0);
    return buildAreaModel(counts, d, { by: this.by, method: this.method, k: this.k, scheme: this.scheme, custom, ...(this.story ? { locked: this.story.breaks } : {}) });
  });

  /** How the selected lists' records were placed: printed, borrowed, none (sums to the number of records). */
  placement = $derived.by(() => {
    if (!this.data) return null;
    const ids = new Set(this.lists.map((l) => l.id));
    const out = { printed: 0, borrowed: 0, none: 0, conflict: 0 };
    for (const p of this.data.placed) {
      if (!ids.has(p.record.list)) continue;
      out[p.loc.countyCode === undefined ? 'none' : p.loc.source === 'borrowed' ? 'borrowed' : 'printed']++;
      if (p.loc.conflict) out.conflict++;
    }
    return out;
  });

  /** Bubbles follow the selected lists (those with an investment column); green parks are always list green-park. */
  bubbles = $derived(this.data ? bubbleModel(this.data, this.lists) : null);
  greenParks = $derived(this.data ? greenParkModel(this.data) : null);

  async load(): Promise<void> {
    try {
      this.seed = await loadData();
      this.data = mergeImports(this.seed, this.imports);
    } catch (e) {
      this.fail({ key: 'map.err.data', params: { error: e instanceof Error ? e.message : String(e) } });
    } finally {
      this.loading = false;
    }
  }

  /** Replace the imported lists (after an import, rename, fix or removal); a removed list leaves the selection. */
  setImports(lists: ImportedList[]): void {
    this.imports = lists;
    if (this.seed) this.data = mergeImports(this.seed, lists);
    const sel = this.selection;
    if (sel.kind === 'list' && sel.list.startsWith('import-') && !lists.some((l) => l.meta.id === sel.list)) this.selection = { kind: 'all' };
  }

  /** Select an area (map click, search, gap-matrix cell) and show it in the drawer. */
  selectArea(id: string | null): void {
    this.selectedArea = id;
    if (id) this.drawerTab = 'district';
  }

  /** From the gap matrix: show one list, and one county in the drawer. */
  focus(list: string, countyCode: string): void {
    this.selection = { kind: 'list', list };
    this.by = 'county';
    this.selectArea(countyCode);
  }

  fail(message: Msg | string): void {
    // Keep the first error: later ones are usually consequences of it.
    if (!this.error) this.error = message;
    // A map that failed draws nothing: the rest of the page must not wait for it.
    this.firstMapDrawn();
  }

  #firstMap: () => void = () => undefined;
  /**
   * Resolves once the first choropleth is on screen (MapView), or the map failed. Panels nobody needs in the first
   * second (import, table view) load after it, so their chunks are not parsed while maplibre builds its first frame.
   */
  readonly firstMap: Promise<void> = new Promise((ok) => (this.#firstMap = ok));
  firstMapDrawn(): void {
    this.#firstMap();
  }

  snapshot(): AppSnapshot {
    const m = this.model;
    const legend = m
      ? [
          ...m.classification.bins.map((b) => ({ label: b.label, count: b.count, color: b.color })),
          { label: m.classification.zero.label, count: m.classification.zero.count, color: m.classification.zero.color },
          { label: m.classification.noData.label, count: m.classification.noData.count, color: m.classification.noData.color },
        ]
      : [];
    return {
      ready: window.__mapReady,
      error: this.error === null ? null : this.say(this.error),
      selection: selectionKey(this.selection),
      title: this.title,
      by: this.by,
      distinct: this.distinct,
      method: this.method,
      layers: { ...this.layers },
      legend,
      thresholds: m ? [...m.classification.thresholds] : [],
      countyColors: m ? { ...m.countyColors } : {},
      rule: this.rule,
      asOf: this.asOf,
      unplaced: m ? m.unplaced.reduce((s, u) => s + u.count, 0) : 0,
      lang: this.lang,
      bubbles: this.layers.bubbles ? (this.bubbles?.bubbles ?? []).map((b) => ({ id: b.item.id, position: b.position })) : [],
    };
  }
}
