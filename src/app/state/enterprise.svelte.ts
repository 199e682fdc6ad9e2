// The enterprise a search hit opened (its card in the panel) and the places the map marks for it. Written by the
// search card only; the map reads `marks` (src/app/search/enterpriseMarkers.ts draws them).

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
