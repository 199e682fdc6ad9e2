// The enterprise whose card is open (in the panel, under the search box) and the places the map marks for it.
// The one home of "which card is open": the search card opens and closes it; the view's link reads it
// (ViewStore.toLink writes it as ent=) and a link, back/forward or a story slide sets it (ViewStore.apply), so a
// shared link, a reload and the handed-over file reopen the same card. The map reads `marks`
// (src/app/search/enterpriseMarkers.ts draws them); the search card derives them from the open card.

/** A place the map marks for the chosen enterprise: the point and what a screen reader says of it. */
export interface EnterpriseMark {
  point: [number, number];
  label: string;
}

export class EnterpriseStore {
  /** Registry key of the enterprise whose card is open; null = no card. */
  key = $state<string | null>(null);
  /** Where the map marks it (one per printed or borrowed place: two when its lists disagree). */
  marks = $state.raw<readonly EnterpriseMark[]>([]);

  open(key: string): void {
    this.key = key;
  }

  close(): void {
    this.key = null;
    this.marks = [];
  }
}

export const enterprise = new EnterpriseStore();
