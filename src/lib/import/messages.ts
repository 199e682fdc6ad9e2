// Import messages in the UI's language. The worker keeps problems as codes (RowProblem) and the reader's own
// English lines; these functions say them with a t() (Chinese: 第 3 行：金额 "abc" 不是数字, English: Line 3:
// amount "abc" is not a number). Pure: no state, the caller passes the language as t.
import type { Key } from '../i18n/strings.ts';
import { MAX_AMOUNT_WAN } from './amount.ts';
import type { Translate } from '../i18n/index.ts';
import type { GeoResult } from '../types.ts';
import type { ImportedList, ImportRow, RowProblem } from './types.ts';

type SourceUnit = ImportedList['sourceUnit'];

/** "第 12 行" / "Line 12" for CSV lines, "Row 12" for worksheet rows, "第 3 项" / "Item 3" for JSON elements. */
export const rowLabel = (t: Translate, sourceLine: number, unit: SourceUnit): string =>
  t(unit === 'element' ? 'import.row.element' : unit === 'row' ? 'import.row.row' : 'import.row.line', { n: sourceLine });

const JSON_KINDS: Record<string, Key> = {
  'a string': 'import.json.string',
  'a number': 'import.json.number',
  'a boolean': 'import.json.boolean',
  'an array': 'import.json.array',
  null: 'import.json.null',
};

/** The reader's row problems ("short row: 2 of 4 cells; …", src/lib/read) in t's language; unknown ones pass through. */
export function readerProblemText(t: Translate, problem: string): string {
  return problem
    .split('; ')
    .map((p) => {
      let m: RegExpExecArray | null;
      if (p === 'empty row') return t('import.reader.empty');
      if ((m = /^short row: (\d+) of (\d+) cells$/.exec(p))) return t('import.reader.short', { n: m[1]!, width: m[2]! });
      if ((m = /^long row: (\d+) cells for (\d+) columns$/.exec(p))) return t('import.reader.long', { n: m[1]!, width: m[2]! });
      // Also "unterminated quoted field: …" (PapaParse): either way the line was read without quote handling.
      if (p.startsWith('unterminated quote')) return t('import.reader.quote');
      if ((m = /^element (\d+) is (.+), not an object$/.exec(p))) {
        const kind = JSON_KINDS[m[2]!];
        return t('import.reader.notObject', { kind: kind ? t(kind) : m[2]! });
      }
      return p;
    })
    .join(t('import.problem.sep'));
}

const PROBLEM_KEYS: Record<Exclude<RowProblem['code'], 'reader'>, Key> = {
  nameEmpty: 'import.problem.nameEmpty',
  locationEmpty: 'import.problem.locationEmpty',
  amountNaN: 'import.problem.amountNaN',
  amountNegative: 'import.problem.amountNegative',
  amountTooLarge: 'import.problem.amountTooLarge',
};

/** One problem without its row label: 金额 "abc" 不是数字 / amount "abc" is not a number. */
export function problemBody(t: Translate, p: RowProblem): string {
  if (p.code === 'reader') return readerProblemText(t, p.text ?? '');
  return t(PROBLEM_KEYS[p.code], { text: p.text ?? '', max: MAX_AMOUNT_WAN.toLocaleString('en-US') });
}

/** One problem of a row as the report and the export show it, label first. A stored string is shown as it is. */
export function problemText(t: Translate, p: RowProblem | string, sourceLine: number, unit: SourceUnit): string {
  if (typeof p === 'string') return p;
  return t('import.problem.at', { label: rowLabel(t, sourceLine, unit), problem: problemBody(t, p) });
}

/** All of a row's problems in one cell (the export's import_problems), joined like the reader's parts. */
export const problemsText = (t: Translate, row: Pick<ImportRow, 'problems' | 'sourceLine'>, unit: SourceUnit): string =>
  row.problems.map((p) => problemText(t, p, row.sourceLine, unit)).join(t('import.problem.sep'));

/** 经开区（涪城区） / 经开区 (涪城区), or the county alone. Place names stay as printed. */
export const placeText = (t: Translate, place: { county: string; park?: string | undefined }): string =>
  place.park ? t('import.place.park', { park: place.park, county: place.county }) : place.county;

/**
 * A row's geo note in t's language: a place the user chose is the app's own sentence (用户指定：… / set by the
 * user: …); every other note is the geocoder's, kept as it is (the geocode CLI writes the same text).
 */
export function geoNoteText(t: Translate, geo: GeoResult): string {
  if (geo.confidence.rule === 'user-fix' && geo.county) return t('import.fix.note', { place: placeText(t, { county: geo.county, park: geo.park }) });
  return geo.note ?? '';
}
