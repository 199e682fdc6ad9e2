// Arrow-key movement in a table of buttons (WAI-ARIA grid pattern). The gap matrix has one button per list ×
// county, ~160 of them: with one tab stop for the whole grid, Tab leaves it in one press and arrows move inside.

export interface Cell {
  row: number;
  col: number;
}

/**
 * The cell to focus after `key`, or undefined when the key is not a grid key (let it through). No wrap-around, as the
 * pattern asks: at an edge the focus stays. Rows may differ in length; a shorter row clamps the column.
 */
export function gridMove(at: Cell, key: string, rowLengths: readonly number[], ctrl = false): Cell | undefined {
  const rows = rowLengths.length;
  if (rows === 0) return undefined;
  const last = (r: number) => Math.max(0, (rowLengths[r] ?? 1) - 1);
  const clampCol = (r: number, c: number) => Math.min(c, last(r));
  const row = Math.min(Math.max(at.row, 0), rows - 1);
  const col = clampCol(row, Math.max(at.col, 0));
  switch (key) {
    case 'ArrowRight':
      return { row, col: Math.min(col + 1, last(row)) };
    case 'ArrowLeft':
      return { row, col: Math.max(col - 1, 0) };
    case 'ArrowDown':
      return { row: Math.min(row + 1, rows - 1), col: clampCol(Math.min(row + 1, rows - 1), col) };
    case 'ArrowUp':
      return { row: Math.max(row - 1, 0), col: clampCol(Math.max(row - 1, 0), col) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: last(rows - 1) } : { row, col: last(row) };
    case 'PageDown':
      return { row: Math.min(row + 5, rows - 1), col: clampCol(Math.min(row + 5, rows - 1), col) };
    case 'PageUp':
      return { row: Math.max(row - 5, 0), col: clampCol(Math.max(row - 5, 0), col) };
    default:
      return undefined;
  }
}

/** Keeps a remembered cell inside a grid that changed shape (rows re-sorted, lists removed). */
export function clampCell(at: Cell, rowLengths: readonly number[]): Cell {
  if (rowLengths.length === 0) return { row: 0, col: 0 };
  const row = Math.min(Math.max(at.row, 0), rowLengths.length - 1);
  return { row, col: Math.min(Math.max(at.col, 0), Math.max(0, rowLengths[row]! - 1)) };
}
