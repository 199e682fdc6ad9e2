// The words of a PNG export (title, legend rows, counting rule, source line, date), composed apart from the drawing
// so they can be checked exactly in both languages; src/app/present/exportPng.ts lays them out on the canvas.
import type { Classification } from '../classify/index.ts';
import { methodText } from '../classify/index.ts';
import type { Translate } from '../i18n/index.ts';
import type { ListMeta } from '../types.ts';

export interface ExportTextInput {
  /** The view's title, counting rule and as-of line, already in the UI language (AppState.title/rule/asOf). */
  title: string;
  rule: string;
  asOf: string;
  lists: readonly Pick<ListMeta, 'doc' | 'planName' | 'table'>[];
  classification: Classification | null;
  /** Export date, YYYY-MM-DD. */
  date: string;
}

export interface ExportText {
  title: string;
  legendTitle: string;
  /** One row per class, positive classes then 0 then no data: ranges and counts in words, not colour alone. */
  rows: { text: string; color: string }[];
  rule: string;
  source: string;
  foot: string;
  /** Rule and as-of line together, for the file's metadata. */
  description: string;
  date: string;
}

/** The printed document of a list: the plans are 绵府办发〔2019〕5号, doc 002 is the 2024 article, an import is its file. */
function docName(doc: string, t: Translate): string {
  if (doc.startsWith('000_')) return '绵府办发〔2019〕5号';
  if (doc.startsWith('002_')) return t('map.png.article2024');
  return doc;
}

/** "来源：绵府办发〔2019〕5号 智能化 表3、绿色化 表5" from the lists of the view, each table once, documents in order. */
export function sourceLine(lists: ExportTextInput['lists'], t: Translate): string {
  const byDoc = new Map<string, string[]>();
  for (const l of lists) {
    const doc = docName(l.doc, t);
    const table = l.table ? `${l.planName} ${l.table}` : l.planName;
    const tables = byDoc.get(doc) ?? [];
    if (!tables.includes(table)) tables.push(table);
    byDoc.set(doc, tables);
  }
  const sources = [...byDoc].map(([doc, tables]) => t('map.png.docTables', { doc, tables: tables.join(t('map.png.listSep')) }));
  return t('map.png.source', { sources: sources.join(t('map.png.docSep')) });
}

export function exportText(input: ExportTextInput, t: Translate): ExportText {
  const c = input.classification;
  const classes = c
    ? [...c.bins.map((b) => ({ label: b.label, count: b.count, color: b.color })), { ...c.zero }, { ...c.noData, label: t('table.noData') }]
    : [];
  const source = sourceLine(input.lists, t);
  return {
    title: input.title,
    legendTitle: t('map.png.legend'),
    rows: classes.map((b) => ({ text: t('map.png.row', { label: b.label, n: b.count }), color: b.color })),
    rule: c ? t('map.png.rule', { rule: input.rule, method: methodText(c, t), breaks: c.thresholds.join(' | ') }) : input.rule,
    source,
    foot: t('map.png.foot', { source, asOf: input.asOf, date: input.date }),
    description: t('map.story.caption', { rule: input.rule, asOf: input.asOf }),
    date: input.date,
  };
}

// A Han character (or CJK punctuation, full-width form) is a unit of its own; Latin text breaks between words.
const TOKENS = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|\s+/gu;

/**
 * Greedy line breaking for canvas text: Chinese may break between any two characters, English only at spaces (a word
 * wider than the line is cut by character). `measure` is the canvas's measureText width.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) out.push(line.trimEnd());
    line = '';
  };
  for (const tok of text.match(TOKENS) ?? []) {
    if (/^\s+$/.test(tok)) {
      if (line) line += tok;
      continue;
    }
    if (measure(line + tok) <= width || !line.trim()) {
      line += tok;
    } else {
      push();
      line = tok;
    }
    // A single word wider than the line: cut it by character.
    while (measure(line) > width && [...line].length > 1) {
      const chars = [...line];
      let n = chars.length - 1;
      while (n > 1 && measure(chars.slice(0, n).join('')) > width) n--;
      out.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  }
  push();
  return out;
}
