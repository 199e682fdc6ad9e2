// Which panels sit over the map, and so how much of each edge is hidden (src/lib/view/map/insets.ts). Panels mark
// themselves with {@attach app.covers.cover}; MapView watches its container and frames the camera with `insets`.
import type { Attachment } from 'svelte/attachments';
import { coveredInsets, NO_INSETS, sameInsets, type Insets, type Rect } from '../lib/view/map/insets.ts';

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

export class MapCovers {
  /** Pixels hidden from each edge of the map; a new object only when a value changed. */
  insets = $state.raw<Insets>(NO_INSETS);
  #covers = new Set<HTMLElement>();
  #map: HTMLElement | null = null;
  #frame = 0;
  // Size changes of the map (window resize, the control panel hidden in story mode) and of each cover (a longer
  // caption, the drawer's width). Panels here are placed against an edge, so their position follows their size.
  #resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.#schedule());

  /** Attachment for an element that covers part of the map while it is mounted. */
  cover: Attachment<HTMLElement> = (node) => {
    this.#covers.add(node);
    this.#resize?.observe(node);
    this.#schedule();
    return () => {
      this.#covers.delete(node);
      this.#resize?.unobserve(node);
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

  // Measured once per frame however many observers fired: layout is read once, not per element per event.
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#map) return;
      const next = coveredInsets(rectOf(this.#map), [...this.#covers].map(rectOf));
      if (!sameInsets(next, this.insets)) this.insets = next;
    });
  }
}
