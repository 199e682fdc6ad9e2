// The set of areas ticked for side-by-side comparison (2–4), changed from the district panel or the ranking.

export const MAX_COMPARE = 4;

/**
 * Adds `id` (at the end) or removes it. A fifth area pushes out the one ticked first, so the newest choice always
 * counts; `on` forces the direction (a checkbox), otherwise it toggles (a button).
 */
export function toggleCompare(ids: readonly string[], id: string, on = !ids.includes(id)): string[] {
  const rest = ids.filter((x) => x !== id);
  return on ? [...rest, id].slice(-MAX_COMPARE) : rest;
}

/** What the panel says about the comparison, e.g. "已选 1 个区域，再选 1 个即可比较". */
export function compareStatus(count: number): string {
  if (count === 0) return '未选择比较区域';
  if (count === 1) return '已选 1 个区域，再选 1 个即可比较';
  return `已选 ${count} 个区域${count === MAX_COMPARE ? '（最多 4 个）' : ''}`;
}
