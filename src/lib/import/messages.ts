// Import messages in the UI's language. The worker keeps problems as codes (RowProblem) and the reader's and the
// geocoder's messages as keys with parameters; these functions word them with a t() (Chinese: 第 3 行：金额 "abc"
// 不是数字, English: Line 3: amount "abc" is not a number). Pure: no state, the caller passes the language as t.
import type { Key } from '../i18n/strings.ts';
import { MAX_AMOUNT_WAN } from './amount.ts';
import { msgText, type Msg, type Translate } from '../i18n/index.ts';
import type { GeoResult } from '../types.ts';
import type { ImportedList, ImportRow, RowProblem } from './types.ts';

type SourceUnit = ImportedList['sourceUnit'];

/** "第 12 行" / "Line 12" for CSV lines, "Row 12" for worksheet rows, "第 3 项" / "Item 3" for JSON elements. */
export const rowLabel = (t: Translate, sourceLine: number, unit: SourceUnit): string =>
  t(unit === 'element' ? 'import.row.element' : unit === 'row' ? 'import.row.row' : 'import.row.line', { n: sourceLine });

const PROBLEM_KEYS: Record<Exclude<RowProblem['code'], 'reader'>, Key> = {
  nameEmpty: 'import.problem.nameEmpty',
  locationEmpty: 'import.problem.locationEmpty',
  amountNaN: 'import.problem.amountNaN',
  amountNegative: 'import.problem.amountNegative',
  amountTooLarge: 'import.problem.amountTooLarge',
};

/** The amount cap as the message prints it, formatted once: toLocaleString per problem was most of the time the
 * report's 200 rows took to draw at the end of a big import. */
const MAX_TEXT = MAX_AMOUNT_WAN.toLocaleString('en-US');

/** One problem without its row label: 金额 "abc" 不是数字 / amount "abc" is not a number. */
export function problemBody(t: Translate, p: RowProblem): string {
  // A reader problem stored before problems had keys keeps its text, as the reader wrote it then.
  if (p.code === 'reader') return p.msg ? msgText(t, p.msg) : (p.text ?? '');
  return t(PROBLEM_KEYS[p.code], { text: p.text ?? '', max: MAX_TEXT });
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
 * user: …); every other note is the geocoder's message, worded by the same dictionary the geocode CLI uses.
 */
export function geoNoteText(t: Translate, geo: GeoResult): string {
  if (geo.confidence.rule === 'user-fix' && geo.county) return t('import.fix.note', { place: placeText(t, { county: geo.county, park: geo.park }) });
  return msgText(t, geo.note as Msg | string);
}

/**
 * The geo note the report shows beside a row's problems, or undefined when it would only repeat one: an empty
 * location is already "所在地为空" among the problems, so the geocoder's "empty" is not said a second time.
 */
export function reportGeoNote(t: Translate, row: Pick<ImportRow, 'geo' | 'problems' | 'notRecord'>): string | undefined {
  if (row.geo.status === 'resolved' || row.notRecord) return undefined;
  const note = row.geo.note as Msg | string;
  if (typeof note === 'object' && note.key === 'geo.empty' && row.problems.some((p) => typeof p === 'object' && p.code === 'locationEmpty')) return undefined;
  return geoNoteText(t, row.geo);
}
