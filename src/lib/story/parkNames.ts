// A slide that shows green parks names them: the map carries county labels only, so the story legend (and the PNG
// key) lists the parks beside the symbol they are drawn with.
import type { Translate } from '../i18n/index.ts';
import type { SeedRecord } from '../types.ts';
import { greenParkLabel, type GreenParkSymbol } from '../view/map/greenparks.ts';

/** The parks behind each legend entry, keyed by the entry's label (greenParkLabel), in the order they come. */
export function greenParkNames(
  parks: readonly { placed: { record: Pick<SeedRecord, 'name'> }; symbol: Pick<GreenParkSymbol, 'level' | 'year'> }[],
  t: Translate,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of parks) {
    const key = greenParkLabel(p.symbol, t);
    const names = out.get(key) ?? [];
    if (!names.includes(p.placed.record.name)) names.push(p.placed.record.name);
    out.set(key, names);
  }
  return out;
}
