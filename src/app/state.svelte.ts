// The one shared state of the app. Components read fields and derived models; only methods here mutate.
import type { Method, Scheme } from '../lib/classify/index.ts';
import { buildAreaModel, type AreaModel } from '../lib/view/areas.ts';
import { countByArea } from '../lib/aggregate/index.ts';
import { asOfText, countingRule, selectedLists, selectionKey, selectionTitle, type Selection } from '../lib/view/lists.ts';
import { loadData, type AppData } from './data.ts';
import { bubbleModel, greenParkModel } from './overlays.ts';

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
}


export class AppState {
  data = $state.raw<AppData | null>(null);
  error = $state<string | null>(null);
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

  lists = $derived(this.data ? selectedLists(this.data.lists, this.selection) : []);
  title = $derived(this.data ? selectionTitle(this.data.lists, this.selection) : '');
  rule = $derived(countingRule({ distinct: this.distinct, by: this.by }));
  asOf = $derived(asOfText(this.lists));

  model = $derived.by((): AreaModel | null => {
    const d = this.data;
    if (!d) return null;
    const counts = countByArea(d.placed, { lists: new Set(this.lists.map((l) => l.id)), by: this.by, distinct: this.distinct });
    const custom = this.custom.split(/[,，\s]+/).map(Number).filter((n) => Number.isFinite(n) && n > 0);
    return buildAreaModel(counts, d, { by: this.by, method: this.method, k: this.k, scheme: this.scheme, custom });
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
      this.data = await loadData();
    } catch (e) {
      this.fail(`数据加载失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.loading = false;
    }
  }

  fail(message: string): void {
    // Keep the first error: later ones are usually consequences of it.
    if (!this.error) this.error = message;
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
      error: this.error,
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
    };
  }
}
