// Svelte action for a table whose body cells hold buttons (the gap matrix): one tab stop for the whole grid (roving
// tabindex), arrows/Home/End/PageUp/PageDown move between cells (src/app/keyboard/grid.ts), Enter/Space stay the
// buttons' own. Header buttons (sorting) keep their normal tab stops.
import { clampCell, gridMove, type Cell } from './grid.ts';

export function gridKeys(table: HTMLTableElement): { destroy(): void } {
  let current: Cell = { row: 0, col: 0 };
  const cells = (): HTMLElement[][] =>
    [...table.tBodies]
      .flatMap((tb) => [...tb.rows])
      .map((tr) => [...tr.querySelectorAll<HTMLElement>('td button')])
      .filter((r) => r.length > 0);
  const find = (g: HTMLElement[][], el: EventTarget | null): Cell | undefined => {
    for (let row = 0; row < g.length; row++) {
      const col = g[row]!.indexOf(el as HTMLElement);
      if (col >= 0) return { row, col };
    }
    return undefined;
  };
  const roving = (): void => {
    const g = cells();
    current = clampCell(
      current,
      g.map((r) => r.length),
    );
    g.forEach((r, i) => r.forEach((b, j) => (b.tabIndex = i === current.row && j === current.col ? 0 : -1)));
  };
  const onKey = (e: KeyboardEvent): void => {
    const g = cells();
    const at = find(g, e.target);
    if (!at) return;
    const next = gridMove(
      at,
      e.key,
      g.map((r) => r.length),
      e.ctrlKey || e.metaKey,
    );
    if (!next) return;
    e.preventDefault();
    current = next;
    roving();
    g[next.row]![next.col]!.focus();
  };
  const onFocus = (e: FocusEvent): void => {
    const at = find(cells(), e.target);
    if (!at) return;
    current = at;
    roving();
  };
  if (!table.getAttribute('role')) table.setAttribute('role', 'grid');
  table.addEventListener('keydown', onKey);
  table.addEventListener('focusin', onFocus);
  // Rows are re-sorted and columns re-ordered by the matrix's own controls: keep exactly one tab stop.
  const observer = new MutationObserver(roving);
  observer.observe(table, { childList: true, subtree: true });
  roving();
  return {
    destroy() {
      observer.disconnect();
      table.removeEventListener('keydown', onKey);
      table.removeEventListener('focusin', onFocus);
    },
  };
}
