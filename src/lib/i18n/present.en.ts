// UI strings, English: presenting beyond the screen (present.zh.ts). Loaded only when someone switches to English.
import type { ZH_PRESENT } from './present.zh.ts';

export const EN_PRESENT: Record<keyof typeof ZH_PRESENT, string> = {
  'present.key.named': '{label} ({n}): {names}',
  'present.printDeck': 'Print deck',
  'present.printDeckLabel': 'Print deck: one page per step (save as PDF from the print dialog)',
  'present.printDeckFailed': 'The deck could not be printed: {error}',
  'present.field.callouts': 'callouts',
  'present.key.callouts': 'Callouts',
  'present.callouts': 'Callouts (up to 5, 40 characters each)',
  'present.calloutAt': 'Pinned to',
  'present.calloutText': 'Callout text (Chinese)',
  'present.calloutTextEn': 'Callout text in English',
  'present.calloutAdd': 'Add callout',
  'present.calloutRemove': 'Remove callout: {text}',
  'present.calloutFolded': '{text} ({park} counted in {county})',
  'present.calloutFoldedNote': 'Parks are folded into counties on this step: the callout points at {county}',
  'present.calloutGroupPlaces': 'Counties and parks',
  'present.calloutGroupEnterprises': "Enterprises on this step's lists",
  'present.calloutEnterprise': '{name} ({unit})',
  'present.calloutGone': 'The data no longer has the enterprise “{name}”: this callout is not shown; remove it or pin it elsewhere',
  'present.calloutUnplaced': 'None of the rows of “{name}” is placed: this callout has nowhere to point and is not shown',
  'present.calloutPlaces': 'Points at {place} (printed by most of its rows); its lists also print {others}',
  'present.error.calloutTarget': '{field} must be pinned to one place (at) or one enterprise (enterprise), not both or neither',
};
