// CSV/TSV text → raw rows with the line each row starts on. Parses the already-decoded STRING (see decode.ts).
import Papa from 'papaparse';
import type { RawRow } from './table.ts';
import type { Msg } from '../i18n/index.ts';

export const DELIMITERS = [',', '\t', ';', '|'] as const;
const PREVIEW_ROWS = 60;

/**
 * The delimiter that gives the most preview rows the same (modal) width of ≥ 2 fields — title rows and a few
 * ragged rows do not sway it. Ties go to tab for .tsv/.tab files, else to the order , \t ; |.
 */
export function detectDelimiter(text: string, fileName = ''): string {
  const order: string[] = /\.(tsv|tab)$/i.test(fileName) ? ['\t', ',', ';', '|'] : [...DELIMITERS];
  let best = order[0]!;
  let bestScore = 0;
  for (const d of order) {
    const { data } = Papa.parse<string[]>(text, { delimiter: d, preview: PREVIEW_ROWS, skipEmptyLines: 'greedy' });
    const freq = new Map<number, number>();
    for (const row of data) freq.set(row.length, (freq.get(row.length) ?? 0) + 1);
    let score = 0;
    for (const [width, n] of freq) if (width >= 2 && n > score) score = n;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const PAPA_PROBLEMS: Record<string, Msg> = {
  MissingQuotes: { key: 'read.quoteRest' },
  UndetectableDelimiter: { key: 'read.noDelimiter' },
  InvalidQuotes: { key: 'read.quoteBad' },
};
const papaProblem = (code: string): Msg => PAPA_PROBLEMS[code] ?? { key: 'read.parser', params: { code } };

/** Bound on stray-quote recoveries, each of which re-parses the rest of the file. */
const MAX_RECOVERIES = 100;

/**
 * Parse every row, with the 1-based line each starts on. A stray opening quote makes the parser swallow the rest
 * of the file, or up to the next quote, into one cell; instead, that row's first line is re-read without quote handling (and flagged) and
 * parsing resumes on the next line, so the rows after it are still rows.
 */
export function parseDelimited(text: string, fileName = ''): { rows: RawRow[]; delimiter: string } {
  const delimiter = detectDelimiter(text, fileName);
  const nl = text.includes('\n') ? '\n' : '\r';
  const rows: RawRow[] = [];
  let offset = 0;
  let line = 1;
  for (let recoveries = 0; offset < text.length || rows.length === 0; recoveries++) {
    const rest = offset === 0 ? text : text.slice(offset);
    let cursor = 0;
    let broken: { at: number; line: number } | undefined;
    Papa.parse<string[]>(rest, {
      delimiter,
      step: (r, parser) => {
        const codes = r.errors.map((e) => e.code as string);
        // A quote error on a row that spans lines means a stray quote pulled later lines into this row.
        const spansLines = rest
          .slice(cursor, r.meta.cursor)
          .replace(/[\r\n]+$/, '')
          .includes(nl);
        const stray = codes.includes('MissingQuotes') || (codes.includes('InvalidQuotes') && spansLines);
        if (stray && recoveries < MAX_RECOVERIES) {
          broken = { at: cursor, line };
          parser.abort();
          return;
        }
        const row: RawRow = { line, cells: r.data };
        const problems = [...new Set(codes)].map(papaProblem);
        if (problems.length) row.problems = problems;
        const next = r.meta.cursor;
        for (let i = rest.indexOf(nl, cursor); i >= 0 && i < next; i = rest.indexOf(nl, i + 1)) line++;
        cursor = next;
        rows.push(row);
      },
    });
    if (!broken) break;
    const from = offset + broken.at;
    const eol = text.indexOf(nl, from);
    const end = eol < 0 ? text.length : eol;
    const first = Papa.parse<string[]>(text.slice(from, end).replace(/\r$/, ''), { delimiter, quoteChar: '\0' }).data[0] ?? [''];
    rows.push({ line: broken.line, cells: first, problems: [{ key: 'read.quote' }] });
    line = broken.line + 1;
    offset = eol < 0 ? text.length : eol + 1;
  }
  return { rows, delimiter };
}
