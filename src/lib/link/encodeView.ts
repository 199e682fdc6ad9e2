// Writing the view into the URL hash. Kept apart from reading it (viewLink.ts, validated with zod): the page writes a
// link on every view change from its first paint, and reads one only when it was opened with a hash or the user goes
// back or forward, so zod (7 KB gzipped) loads only then (initial JS: `npm run bench bundle`).
import { DEFAULT_VIEW, LAYER_KEYS, type ViewState } from './viewState.ts';

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** Only fields that differ from the default are written, so links stay short. */
export function encodeView(v: ViewState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (v.sel !== d.sel) p.set('sel', v.sel);
  if (v.by !== d.by) p.set('by', v.by);
  if (v.distinct !== d.distinct) p.set('distinct', v.distinct ? '1' : '0');
  if (v.method !== d.method) p.set('method', v.method);
  if (v.k !== d.k) p.set('k', String(v.k));
  if (v.scheme !== d.scheme) p.set('scheme', v.scheme);
  if (v.method === 'custom' && v.custom !== d.custom) p.set('custom', v.custom);
  const layers = LAYER_KEYS.map((k) => (v.layers[k] ? '1' : '0')).join('');
  if (layers !== '1'.repeat(LAYER_KEYS.length)) p.set('layers', layers);
  if (v.area) p.set('area', v.area);
  if (v.compare.length) p.set('compare', v.compare.join(','));
  if (v.tab) p.set('tab', v.tab);
  if (v.cam) p.set('cam', [round(v.cam[0], 4), round(v.cam[1], 4), round(v.cam[2], 2)].join(','));
  if (v.lang === 'en') p.set('lang', v.lang);
  if (v.ent) p.set('ent', v.ent);
  return p.toString();
}
