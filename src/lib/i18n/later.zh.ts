// The Chinese strings of the panels that load after the first map: the analysis drawer and the import panel (with the
// import's per-row notes, its report and its exports). Out of the first paint's bundle (−4 KB gzipped, initial JS in
// `npm run bench bundle`); loadLang('zh') fetches them, which the page does once the first map is drawn, and which
// the drawer and the import panel wait for before they show. Node (CLIs, tests) calls loadLang too.
import { ZH_DRAWER } from './drawer.zh.ts';
import { ZH_IMPORT } from './import.zh.ts';

export const ZH_LATER = { ...ZH_DRAWER, ...ZH_IMPORT };
