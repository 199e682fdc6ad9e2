// A map label as rows of text stacked under one another, each with its own size: a county's printed name, in
// English its pinyin on a smaller line under it, and its count. deck.gl's TextLayer draws one size per text, so each
// row is drawn as its own text offset from the label's centre (deckLayers.ts), and the placement (placement.ts)
// reserves the box of all the rows together: what is drawn and what is kept clear are computed here, once.
import { labelBox } from './symbols.ts';

/** Lines are this many times their size apart (the TextLayer's lineHeight). */
export const LINE_HEIGHT = 1.1;

export interface LabelLine {
  text: string;
  sizePx: number;
}

export interface LabelRow extends LabelLine {
  /** The row's centre below the label's centre, px (negative: above). */
  dy: number;
}

export interface StackedLabel {
  rows: LabelRow[];
  /** The box the rows take together, halo included, px. */
  w: number;
  h: number;
}

/**
 * Stacks `lines` top to bottom around the label's centre. One size for every line gives the same box as
 * `labelBox(lines, size)`, so a Chinese label keeps the box it always had. Empty lines are left out.
 */
export function stackLines(lines: readonly LabelLine[], haloPx = 2): StackedLabel {
  const kept = lines.filter((l) => l.text !== '');
  const heights = kept.map((l) => l.sizePx * LINE_HEIGHT);
  const total = heights.reduce((s, h) => s + h, 0);
  let top = -total / 2;
  const rows = kept.map((l, i) => {
    const dy = top + heights[i]! / 2;
    top += heights[i]!;
    return { ...l, dy };
  });
  const w = Math.max(0, ...kept.map((l) => labelBox([l.text], l.sizePx, 0).w));
  return { rows, w: w + 2 * haloPx, h: total + 2 * haloPx };
}
