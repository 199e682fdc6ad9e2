// Keyboard movement in a combobox's result list (WAI-ARIA listbox pattern), used by the enterprise search. Kept apart
// from src/lib/view/search.ts so the page can use it without loading pinyin-pro (loaded on the first query).

/** The highlighted option after a key press in a list of `count` results (-1 = none); wraps around. */
export function moveActive(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return (active + 1) % count;
  if (key === 'ArrowUp') return active <= 0 ? count - 1 : active - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return active;
}
