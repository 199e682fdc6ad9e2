// A link can carry thousands of parameters; the page shows a handful of notices and a count of the rest, so a hostile
// or mangled link cannot bury the map under a wall of messages.
import type { Msg } from '../i18n/index.ts';

/** Notices shown one by one before the rest are summed up in one "…and N more". */
export const MAX_NOTICES = 5;

// Counts are written with thousands separators (4,995) in both languages, as the UI prints numbers.
/** The first `max` notices as they are, then one message counting the others (none when nothing is left out). */
export function capNotices<T extends Msg | string>(all: readonly T[], max = MAX_NOTICES): (T | Msg)[] {
  if (all.length <= max) return [...all];
  return [...all.slice(0, max), { key: 'map.notice.more', params: { n: (all.length - max).toLocaleString('en-US') } }];
}
