// Test-only: a read-only snapshot of the view and its model for the e2e tests and npm run bench
// (window.__appState). Nothing in the app reads it; it is the one place that gathers every concern.
import { selectionKey } from '../../lib/view/lists.ts';
import type { Method } from '../../lib/classify/index.ts';
import { i18n } from './i18n.svelte.ts';
import { mapModel } from './model.svelte.ts';
import { notices } from './notices.svelte.ts';
import { view, type LayerToggles } from './view.svelte.ts';
import { mapBridge } from './mapBridge.svelte.ts';
import { detailShown } from './detail.svelte.ts';
import { enterprise } from './enterprise.svelte.ts';
import type { Insets } from '../../lib/view/map/insets.ts';
import type { By } from '../../lib/aggregate/types.ts';
import type { Lang } from '../../lib/i18n/index.ts';

export interface AppSnapshot {
  ready: boolean;
  error: string | null;
  selection: string;
  title: string;
  by: By;
  distinct: boolean;
  method: Method;
  layers: LayerToggles;
  legend: { label: string; count: number; color: string }[];
  thresholds: number[];
  countyColors: Record<string, string>;
  rule: string;
  asOf: string;
  unplaced: number;
  lang: Lang;
  /**
   * Investment bubbles drawn (none while the layer is off): per project, or `total:<place>` per place, each where the
   * placement drew it ([lng, lat]) on the main map or, for one in the main urban area while the inset shows it, in
   * the detail inset (`in`). Not the spiral layout's positions, which the placement moves.
   */
  bubbles: { id: string; position: [number, number]; in: 'map' | 'detail' }[];
  /** Pixels of the map hidden by panels (drawer, detail view, story panels), as the camera frames around them. */
  insets: Insets;
  /** Registry key of the enterprise whose card is open (the link's ent=), or null: a shared link carries it. */
  enterprise: string | null;
}

export function snapshot(): AppSnapshot {
  const m = mapModel.areas;
  const c = m?.classification;
  const legend = c ? [...c.bins, c.zero, c.noData].map((b) => ({ label: b.label, count: b.count, color: b.color })) : [];
  return {
    ready: window.__mapReady,
    error: notices.error === null ? null : i18n.say(notices.error),
    selection: selectionKey(view.selection),
    title: mapModel.title,
    by: view.by,
    distinct: view.distinct,
    method: view.method,
    layers: { ...view.layers },
    legend,
    thresholds: c ? [...c.thresholds] : [],
    countyColors: m ? { ...m.countyColors } : {},
    rule: mapModel.rule,
    asOf: mapModel.asOf,
    unplaced: m ? m.unplaced.reduce((s, u) => s + u.count, 0) : 0,
    lang: i18n.lang,
    bubbles: view.layers.bubbles ? drawnBubbles() : [],
    insets: { ...mapBridge.covers.insets },
    enterprise: enterprise.key,
  };
}

/** Each bubble where it is drawn: the main map's placement, else the inset's; in the model's order. */
function drawnBubbles(): AppSnapshot['bubbles'] {
  const at = new Map<string, { position: [number, number]; in: 'map' | 'detail' }>();
  for (const [where, placed] of [
    ['detail', detailShown.placed],
    ['map', mapBridge.symbols],
  ] as const)
    for (const p of placed) if (p.layer === 'bubbles') at.set(p.key, { position: p.position, in: where });
  return (mapModel.bubbles?.bubbles ?? []).flatMap((b) => {
    const drawn = at.get(`bubble:${b.item.id}`);
    return drawn ? [{ id: b.item.id, ...drawn }] : [];
  });
}

/** A getter, so every read is a fresh snapshot and tests cannot write into the app through it. */
export function exposeSnapshot(): void {
  Object.defineProperty(window, '__appState', { get: snapshot, configurable: true });
}
