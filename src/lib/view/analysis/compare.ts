// The set of areas ticked for side-by-side comparison (2–4), changed from the district panel or the ranking.
import type { Translate } from '../../i18n/index.ts';

export const MAX_COMPARE = 4;

/**
 * Adds `id` (at the end) or removes it. A fifth area pushes out the one ticked first, so the newest choice always
 * counts; `on` forces the direction (a checkbox), otherwise it toggles (a button).
 */
export function toggleCompare(ids: readonly string[], id: string, on = !ids.includes(id)): string[] {
  const rest = ids.filter((x) => x !== id);
  return on ? [...rest, id].slice(-MAX_COMPARE) : rest;
}

/** What the panel says about the comparison, e.g. "已选 1 个区域，再选 1 个即可比较", in the language of `t`. */
export function compareStatus(count: number, t: Translate): string {
  if (count === 0) return t('drawer.compare.none');
  if (count === 1) return t('drawer.compare.one');
  return t(count === MAX_COMPARE ? 'drawer.compare.max' : 'drawer.compare.some', { n: count, max: MAX_COMPARE });
}
