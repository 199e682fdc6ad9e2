// CSV/TSV text → raw rows with the line each row starts on. Parses the already-decoded STRING (see decode.ts).
import Papa from 'papaparse';
import type { RawRow } from './table.ts';

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

const PAPA_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'unterminated quoted field: the rest of the file ran into this row',
  InvalidQuotes: 'malformed quotes',
};

export function parseDelimited(text: string, fileName = ''): { rows: RawRow[]; delimiter: string } {
  const delimiter = detectDelimiter(text, fileName);
  const nl = text.includes('\n') ? '\n' : '\r';
  const rows: RawRow[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (r) => {
      const row: RawRow = { line, cells: r.data };
      const codes = [...new Set(r.errors.map((e) => PAPA_PROBLEMS[e.code] ?? e.message))];
      if (codes.length) row.problem = codes.join('; ');
      const next = r.meta.cursor;
      for (let i = text.indexOf(nl, cursor); i >= 0 && i < next; i = text.indexOf(nl, i + 1)) line++;
      cursor = next;
      rows.push(row);
    },
  });
  return { rows, delimiter };
}
