// Text clean-up shared by the index (names) and the scan (input), so both sides compare the same characters.
import type { Msg } from '../i18n/index.ts';

/** Longer than any real 属地 cell or postal address; longer text is prose, not a place. */
export const MAX_LENGTH = 200;

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/gu;

/** NFKC folds full-width letters, digits, brackets and the ideographic space to ASCII; all whitespace goes. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Why the text cannot be geocoded at all, or undefined when it can. Takes the normalised text. */
export function rejectReason(normalized: string): Msg | undefined {
  if (normalized.length === 0) return { key: 'geo.empty' };
  if (!/[\p{L}\p{N}]/u.test(normalized)) return { key: 'geo.punctuation' };
  if (normalized.length > MAX_LENGTH) return { key: 'geo.tooLong', params: { n: normalized.length, max: MAX_LENGTH } };
  return undefined;
}

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
