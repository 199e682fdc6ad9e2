// What the map shows and how: selection, counting, classes, layers, the area in the drawer, comparison and camera.
// The one source of the view; its link form is src/lib/link/viewLink.ts (ViewState), written by src/app/urlSync.
// The open enterprise card is part of the view's link but lives in its own store (enterprise.svelte.ts): toLink reads
// it and apply sets it, so it is held in one place.
import type { Method, Scheme } from '../../lib/classify/index.ts';
import { parseSelection, selectionKey, type Selection } from '../../lib/view/lists.ts';
import { DEFAULT_VIEW, type DrawerTab, type ViewState } from '../../lib/link/viewState.ts';
import { capNotices, MAX_NOTICES } from '../../lib/link/notices.ts';
import type { Msg } from '../../lib/i18n/index.ts';
import { IMPORT_PLAN } from '../../lib/import/types.ts';
import { dataState } from './data.svelte.ts';
import { notices } from './notices.svelte.ts';
import { i18n } from './i18n.svelte.ts';
import { enterprise } from './enterprise.svelte.ts';
import type { By } from '../../lib/aggregate/types.ts';

export type LayerToggles = ViewState['layers'];
export type { DrawerTab };
export type Camera = [number, number, number];

/** Ids of imported lists: they live in this browser's storage, which is read after the page starts. */
const isImportedListKey = (sel: Selection) => sel.kind === 'list' && sel.list.startsWith(`${IMPORT_PLAN}-`);

/** Does a row of the data (policy lists or imported) belong to this enterprise? (Any does, before the data has loaded.) */
const knowsEnterprise = (key: string) => {
  const d = dataState.data;
  return !d || d.placed.some((p) => p.key === key);
};

export class ViewStore {
  selection = $state<Selection>({ kind: 'all' });
  // Starts as the default view: the view a link without parameters opens.
  by = $state<By>(DEFAULT_VIEW.by);
  distinct = $state(DEFAULT_VIEW.distinct);
  method = $state<Method>(DEFAULT_VIEW.method);
  k = $state(DEFAULT_VIEW.k);
  scheme = $state<Scheme>(DEFAULT_VIEW.scheme);
  /** Comma-separated lower bounds for the custom method, as typed. */
  custom = $state(DEFAULT_VIEW.custom);
  layers = $state<LayerToggles>({ ...DEFAULT_VIEW.layers });
  /** Class breaks held fixed across a story's slides (null = classify each view on its own). */
  lockedBreaks = $state.raw<number[] | null>(null);
  /** The area clicked on the map (county code or park id), shown in the analysis drawer. */
  selectedArea = $state<string | null>(null);
  /** Which drawer tab is open; null = drawer closed. */
  drawerTab = $state<DrawerTab | null>(null);
  /** Areas ticked for side-by-side comparison (2–4). */
  compareIds = $state<string[]>([]);
  /** Camera [lng, lat, zoom] after the user moved the map (null = the default fit); written to the URL. */
  camera = $state<Camera | null>(null);
  /** A camera the map should jump to (from a link or back/forward); MapView clears it once applied. */
  cameraRequest = $state<Camera | 'fit' | null>(null);
  /** Set while a story plays: the presenter's language is kept through its slides. */
  onStage = $state(false);
  /** The selection is a link's imported list, waiting for the stored lists to be read. */
  #pendingLink = false;
  /** The card is a link's enterprise that no row names yet: it may be on a stored list, not yet read. */
  #pendingEnt = false;
  /** Every notice of the last link applied (the page shows capNotices of them), for those that come once lists are read. */
  #linkNotices: (Msg | string)[] = [];

  /** The shareable part of the state (src/lib/link/viewLink.ts). */
  toLink(): ViewState {
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
      lang: i18n.lang,
      ...(enterprise.key ? { ent: enterprise.key } : {}),
    };
  }

  /** Apply a view from a link or a story slide; ids that name no list or area fall back with a notice. */
  apply(v: ViewState, linkNotices: (Msg | string)[] = []): void {
    const out = [...linkNotices];
    const sel = parseSelection(v.sel);
    // An imported list is known only once this browser's stored lists are read: keep it until then (see
    // dropMissingList), instead of falling back and losing the link.
    const pending = !dataState.knows(sel) && isImportedListKey(sel) && !dataState.storedLoaded;
    const known = pending || dataState.knows(sel);
    this.#pendingLink = pending;
    if (!known) out.push({ key: 'map.notice.noList', params: { sel: v.sel } });
    this.selection = known ? sel : { kind: 'all' };
    this.by = v.by;
    this.distinct = v.distinct;
    this.method = v.method;
    this.k = v.k;
    this.scheme = v.scheme;
    this.custom = v.custom;
    this.layers = { ...v.layers };
    const isArea = (id: string) => dataState.isArea(id);
    if (v.area && !isArea(v.area)) out.push({ key: 'map.notice.noArea', params: { area: v.area } });
    this.selectedArea = v.area && isArea(v.area) ? v.area : null;
    this.compareIds = v.compare.filter(isArea);
    this.drawerTab = v.tab;
    this.camera = v.cam;
    // No camera in the view means the default fit to Mianyang (a story slide or a link without cam=).
    this.cameraRequest = v.cam ?? 'fit';
    // The card: an enterprise that only an imported list names is known once the stored lists are read (as an
    // imported list is: dropMissingEnterprise); one that no row names is said by its name as the link spells it.
    const ent = v.ent ?? null;
    const entKnown = ent !== null && knowsEnterprise(ent);
    this.#pendingEnt = ent !== null && !entKnown && !dataState.storedLoaded;
    if (ent !== null && !entKnown && !this.#pendingEnt) out.push(noEnterprise(ent));
    if (ent !== null && (entKnown || this.#pendingEnt)) enterprise.open(ent);
    else enterprise.close();
    this.#linkNotices = out;
    notices.set(capNotices(out));
    // A link without lang= is Chinese; a story slide (shipped or added in either language) keeps the presenter's.
    if (!this.onStage) i18n.lang = v.lang ?? 'zh';
  }

  /**
   * An imported list that is selected but no longer exists (removed, or named by a link and not found once the
   * stored lists were read) gives way to all lists, with a notice when a link named it.
   */
  dropMissingList(): void {
    const sel = this.selection;
    if (!isImportedListKey(sel) || !dataState.storedLoaded) return;
    const fromLink = this.#pendingLink;
    this.#pendingLink = false;
    if (dataState.knows(sel)) return;
    // A list the user removed just goes; one a link named is reported, as any unknown list in a link is.
    // Not by its id (list:import-…): that means nothing to the reader.
    if (fromLink) this.#lateNotice({ key: 'link.noImportedList' });
    this.selection = { kind: 'all' };
  }

  /**
   * The open card's enterprise once no row names it any more (its imported list removed, or named by a link and not
   * among the stored lists once they were read): the card closes, with a notice when a link named it.
   */
  dropMissingEnterprise(): void {
    if (!dataState.storedLoaded) return;
    const fromLink = this.#pendingEnt;
    this.#pendingEnt = false;
    const key = enterprise.key;
    if (key === null || knowsEnterprise(key)) return;
    if (fromLink) this.#lateNotice(noEnterprise(key));
    enterprise.close();
  }

  /** A notice about the last link that could only be given once the stored lists were read; capped with the others. */
  #lateNotice(m: Msg): void {
    this.#linkNotices = [...this.#linkNotices, m];
    if (this.#linkNotices.length <= MAX_NOTICES) notices.add(m);
    else notices.set(capNotices(this.#linkNotices));
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
}

/** A link's enterprise that no list here names: by its name as the link spells it (a registry key is a name). */
const noEnterprise = (key: string): Msg => ({ key: 'link.noEnterprise', params: { name: key.slice(0, 40) } });

export const view = new ViewStore();
