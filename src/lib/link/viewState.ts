// The shareable view: what a link, a story step and the app's view store all hold.

export interface ViewState {
  /** Selection key: "all", "plan:smart", "list:green-factory". */
  sel: string;
  by: 'county' | 'unit';
  distinct: boolean;
  method: 'nice' | 'quantile' | 'equal' | 'jenks' | 'custom';
  k: number;
  scheme: 'YlGnBu' | 'Blues' | 'viridis';
  custom: string;
  layers: { choropleth: boolean; labels: boolean; parks: boolean; bubbles: boolean };
  area: string | null;
  compare: string[];
  tab: 'district' | 'gaps' | 'ranking' | 'targets' | 'quality' | null;
  /** Map camera: [lng, lat, zoom]; null = the map's own fit to Mianyang. */
  cam: [number, number, number] | null;
  /** UI language; absent = Chinese (the default), and a story slide keeps the presenter's language. */
  lang?: 'zh' | 'en';
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
