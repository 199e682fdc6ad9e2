// Tooltip lines for a placed symbol, shared by the main map and the detail view. Where the placement could not
// separate symbols (a county too small at this zoom for all of them), the tooltip lists every one of them.
import type { AreaView } from '../lib/view/areas.ts';
import { areaLines, bubbleLines, greenParkLines, placeTotalLines, type TipText } from '../lib/view/map/tooltip.ts';
import type { PlacedSymbol } from '../lib/view/map/symbols.ts';
import type { BubbleItem, GreenParkDatum } from './deckLayers.ts';

export interface TipContext {
  tip: TipText;
  distinct: boolean;
  countyName: (code: string | undefined) => string | undefined;
  pinyin: (name: string) => string;
}

function linesOf(p: PlacedSymbol, c: TipContext): string[] {
  if (p.layer === 'green-parks') {
    const d = p.object as GreenParkDatum;
    return greenParkLines(d.placed.record, c.countyName(d.placed.loc.countyCode), c.tip);
  }
  if (p.layer === 'bubbles') {
    const d = (p.object as BubbleItem).item.datum;
    return 'total' in d ? placeTotalLines(d.total, c.tip) : bubbleLines(d.placed.record, d.placedAt, c.tip);
  }
  const a = p.object as AreaView;
  return areaLines(a, c.distinct, c.tip, c.pinyin(a.name) || undefined);
}

/** The symbol's lines, then, when it shares its place with others, "此处另有 N 项：" and each one's title line. */
export function symbolTip(p: PlacedSymbol, c: TipContext): string[] {
  const lines = linesOf(p, c);
  const others = p.together.filter((o) => o.layer !== 'labels');
  if (!others.length) return lines;
  return [...lines, c.tip.t('detail.together', { n: others.length }), ...others.map((o) => `· ${linesOf(o, c)[0] ?? ''}`)];
}
