// The detail view as it is drawn now (DetailView.svelte publishes its inputs while it is on the map), so the PNG
// export, the deck and the printout draw the same inset beside their map. null: the map shows no detail view.
import type { DetailSource } from '../export/detailPicture.ts';
import type { PlacedSymbol } from '../../lib/view/map/symbols.ts';

/** Where the detail view goes on stage: the room the story's panels leave free at the left, in the map's px. */
export interface StageRoom {
  /** From the map's left edge and bottom edge to the inset's. */
  left: number;
  bottom: number;
  /** The most the inset may be tall (between the title and the caption). */
  height: number;
}

class DetailShown {
  current = $state.raw<DetailSource | null>(null);
  /**
   * Set by StoryMode while a story plays: the inset then sits in the stage's left column above the caption, clear of
   * the legend that takes the lower right on stage (StoryMode.svelte's grid), and shrinks to the room there.
   */
  stage = $state.raw<StageRoom | null>(null);
  /** The inset's symbols where its placement drew them (positions [lng, lat]); empty while there is no inset. */
  placed = $state.raw<readonly PlacedSymbol[]>([]);
}

export const detailShown = new DetailShown();
