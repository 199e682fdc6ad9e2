// English for src/lib/i18n/words.zh.ts: the enterprise card and the other words of issue 15.
import type { ZH_WORDS } from './words.zh.ts';

export const EN_WORDS: Record<keyof typeof ZH_WORDS, string> = {
  'card.label': 'Enterprise: {name}',
  'card.close': 'Close the enterprise card',
  'card.alsoPrinted': 'Also printed as: {names}',
  'card.lists': 'On {lists} list(s), {rows} row(s)',
  'card.places': 'Printed locations',
  'card.place': '{unit} ({county})',
  'card.printedBy': 'printed in {rows}',
  'card.borrowedBy': 'borrowed by {rows}',
  'card.conflict': 'Conflicting locations: the lists print different places, see above.',
  'card.unplaced': '{n} row(s) cannot be placed (no location, and none to borrow)',
  'card.noPlace': 'Not placed: no marker on the map',
  'card.investments': 'Investment (total {total})',
  'card.period': ' ({period})',
  'card.toDistrict': 'Go to {county} →',
  'card.marker': 'Location of {name}: {place}',
} as const;
