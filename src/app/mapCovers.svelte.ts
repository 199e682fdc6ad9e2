// Which panels sit over the map, and so how much of each edge is hidden (src/lib/view/map/insets.ts). Panels mark
// themselves with {@attach app.covers.cover}; MapView watches its container and frames the camera with `insets`.
import type { Attachment } from 'svelte/attachments';
import { coveredInsets, NO_INSETS, sameInsets, type Insets, type Rect } from '../lib/view/map/insets.ts';

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/** A panel over the map and its box, in px of the map's container. */
export interface CoverBox {
  el: HTMLElement;
  rect: Rect;
}

const sameBoxes = (a: readonly CoverBox[], b: readonly CoverBox[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => x.el === b[i]!.el && (['left', 'top', 'right', 'bottom'] as const).every((k) => Math.round(x.rect[k]) === Math.round(b[i]!.rect[k])));

export class MapCovers {
  /** Pixels hidden from each edge of the map; a new object only when a value changed. */
  insets = $state.raw<Insets>(NO_INSETS);
  /**
   * Each panel's box in the map's px (what is drawn over the map keeps clear of them: the story's callouts; the
   * detail inset places itself beside the others). A new array only when a box changed.
   */
  boxes = $state.raw<readonly CoverBox[]>([]);
  #covers = new Set<HTMLElement>();
  #map: HTMLElement | null = null;
  #frame = 0;
  // Size changes of the map (window resize, the control panel hidden in story mode) and of each cover (a longer
  // caption, the drawer's width). Panels here are placed against an edge, so their position follows their size.
  #resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.#schedule());
  // A panel that moves without changing size (the detail inset stepping aside for the drawer sets its style) is
  // not seen by the ResizeObserver: its style attribute changing is.
  #moves = typeof MutationObserver === 'undefined' ? null : new MutationObserver(() => this.#schedule());

  /** Attachment for an element that covers part of the map while it is mounted. */
  cover: Attachment<HTMLElement> = (node) => {
    this.#covers.add(node);
    this.#resize?.observe(node);
    this.#watchMoves();
    this.#schedule();
    return () => {
      this.#covers.delete(node);
      this.#resize?.unobserve(node);
      this.#watchMoves();
      this.#schedule();
    };
  };

  /** Attachment for the map's container (the rectangle the insets are measured against). */
  map: Attachment<HTMLElement> = (node) => {
    this.#map = node;
    this.#resize?.observe(node);
    this.#schedule();
    return () => {
      this.#resize?.unobserve(node);
      if (this.#map === node) this.#map = null;
    };
  };

  // MutationObserver has no unobserve: it is reset to the covers there are now.
  #watchMoves(): void {
    if (!this.#moves) return;
    this.#moves.disconnect();
    for (const el of this.#covers) this.#moves.observe(el, { attributes: true, attributeFilter: ['style', 'class'] });
  }

  // Measured once per frame however many observers fired: layout is read once, not per element per event.
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#map) return;
      const map = rectOf(this.#map);
      // Each cover measured once, for both the insets (page px) and the boxes (map px).
      const covers = [...this.#covers].map((el) => ({ el, r: rectOf(el) }));
      const boxes = covers.map(({ el, r }) => ({
        el,
        rect: { left: r.left - map.left, top: r.top - map.top, right: r.right - map.left, bottom: r.bottom - map.top },
      }));
      const next = coveredInsets(
        map,
        covers.map((c) => c.r),
      );
      if (!sameInsets(next, this.insets)) this.insets = next;
      if (!sameBoxes(boxes, this.boxes)) this.boxes = boxes;
    });
  }
}
