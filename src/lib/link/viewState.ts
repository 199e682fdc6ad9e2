// The shareable view: what a link, a story step and the app's view store all hold.
import type { Method, Scheme } from '../classify/index.ts';
import type { By } from '../aggregate/types.ts';
import type { Lang } from '../i18n/index.ts';

/** Map layers in the picker's order; a link writes them as a string of 0/1 in this order (layers=1010). */
export const LAYER_KEYS = ['choropleth', 'labels', 'parks', 'bubbles'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** The analysis drawer's tabs, in the tab list's order (names are analysis.* in src/lib/i18n). */
export const DRAWER_TABS = ['district', 'gaps', 'ranking', 'targets', 'quality'] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];

export interface ViewState {
  /** Selection key: "all", "plan:smart", "list:green-factory". */
  sel: string;
  by: By;
  distinct: boolean;
  method: Method;
  k: number;
  scheme: Scheme;
  custom: string;
  layers: Record<LayerKey, boolean>;
  area: string | null;
  compare: string[];
  tab: DrawerTab | null;
  /** Map camera: [lng, lat, zoom]; null = the map's own fit to Mianyang. */
  cam: [number, number, number] | null;
  /** UI language; absent = Chinese (the default), and a story slide keeps the presenter's language. */
  lang?: Lang;
  /**
   * The enterprise whose card is open: its registry key (the name as the registry normalises it, 长虹电器 for
   * 四川长虹电器股份有限公司), which the data gives again on every load. Absent = no card.
   */
  ent?: string;
}

export const DEFAULT_VIEW: ViewState = {
  sel: 'all',
  by: 'county',
  distinct: false,
  method: 'nice',
  k: 4,
  scheme: 'YlGnBu',
  custom: '5, 10, 20',
  layers: { choropleth: true, labels: true, parks: true, bubbles: true },
  area: null,
  compare: [],
  tab: null,
  cam: null,
};
