// Helpers shared by the per-plan seed extractors. Node-only (reads files); the records they build are plain data.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Correction, Provenance, SeedRecord, TargetRecord } from '../../src/lib/types.ts';
import { seedsGate } from './source.ts';

/** The seeds live outside the repo: SEEDS_DIR, else ../shared/seeds relative to the project root. */
export const SEEDS_DIR = seedsGate().dir;

export interface SeedText {
  doc: string;
  /** Raw lines, index 0 = line 1. */
  lines: string[];
}

/** Load a seed by its numeric prefix ("000", "002", …). */
export function loadSeed(prefix: string, dir = SEEDS_DIR): SeedText {
  if (!existsSync(dir)) throw new Error(`source documents not found: ${dir} does not exist (set SEEDS_DIR)`);
  const file = readdirSync(dir).find((f) => f.startsWith(prefix + '_') && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix}_*.txt not found in ${dir}`);
  return { doc: file, lines: readFileSync(join(dir, file), 'utf8').split(/\r?\n/) };
}

/** 1-based line number of the first line at or after `from` (1-based) that matches. Throws if absent: a moved table must fail loudly. */
export function findLine(seed: SeedText, pattern: RegExp, from = 1): number {
  for (let i = from - 1; i < seed.lines.length; i++) if (pattern.test(seed.lines[i]!)) return i + 1;
  throw new Error(`${seed.doc}: no line matching ${pattern} after line ${from}`);
}

/** Full-width ASCII → half-width, ideographic space → space, collapse runs of spaces. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Page furniture that PDF extraction interleaves with tables: bare page numbers, running headers. */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return t === '' || (/^\d{1,3}$/.test(t) && line.length - line.trimStart().length > 40) || t === '政府文件';
}

/**
 * Parse a printed investment into 万元. "21559" → 21559 (table unit 万元), "280亿元" → 2800000, "2.5 亿" → 25000,
 * "12,000万元" → 12000. Returns undefined for text that is not an amount.
 */
export function parseInvestmentWan(printed: string, defaultUnit: '万元' | '亿元' = '万元'): number | undefined {
  const t = toHalfWidth(printed).replace(/[,\s]/g, '');
  const m = /^(?:约|总投资)?(\d+(?:\.\d+)?)(亿元|亿|万元|万)?$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? defaultUnit;
  const wan = unit.startsWith('亿') ? n * 10000 : n;
  return Math.round(wan * 100) / 100;
}

/** Build a record with consistent id and defaults. */
export function makeRecord(
  prov: Provenance,
  list: string,
  fields: Omit<SeedRecord, keyof Provenance | 'id' | 'list' | 'extra' | 'corrections'> & Partial<Pick<SeedRecord, 'extra' | 'corrections'>>,
): SeedRecord {
  return { id: `${list}:${prov.row}`, list, ...prov, extra: {}, corrections: [], ...fields };
}

export function makeTarget(prov: Provenance, fields: Omit<TargetRecord, keyof Provenance | 'corrections'> & { corrections?: Correction[] }): TargetRecord {
  return { ...prov, corrections: [], ...fields };
}

/** What every extractor returns. */
export interface Extracted {
  lists: import('../../src/lib/types.ts').ListMeta[];
  records: SeedRecord[];
  targets: TargetRecord[];
}

// ---- Row splitting and corrections (added for the 智能化/绿色化 extractors; usable by every plan) ----

/** A printed table row: its 序号, the line it starts on, and its content lines (the 序号 itself removed). */
export interface TableRow {
  row: number;
  line: number;
  lines: { line: number; text: string }[];
}

/** A whitespace-separated piece of a row; `first` marks the first piece on its printed line. */
export interface Token {
  text: string;
  line: number;
  first: boolean;
}

const CAPTION = /^\s*表\s*\d+\s/;
const ROW_START = /^(\d{1,2})(?:\s+(.*))?$/;

/**
 * Split the lines of a table body into rows by their printed 序号. `segments` are 1-based [from, to) line ranges
 * (a table interrupted by another table or prose has several). Blank lines, page furniture and captions are skipped.
 * Rows must run 1..expect with none missing or duplicated, and every other line must belong to a row, else throw:
 * a moved or mis-parsed table has to fail loudly rather than drop rows.
 */
export function splitRows(seed: SeedText, segments: { from: number; to: number }[], expect: number, label: string): TableRow[] {
  const rows: TableRow[] = [];
  for (const { from, to } of segments) {
    if (!(from < to)) throw new Error(`${label}: empty segment ${from}..${to}`);
    for (let ln = from; ln < to; ln++) {
      const raw = seed.lines[ln - 1];
      if (raw === undefined) throw new Error(`${label}: line ${ln} is past the end of ${seed.doc}`);
      if (isPageFurniture(raw) || CAPTION.test(raw)) continue;
      const text = raw.trim().replace(/\s+/g, ' ');
      const m = ROW_START.exec(text);
      const last = rows[rows.length - 1];
      if (m) {
        const n = Number(m[1]);
        const want = (last?.row ?? 0) + 1;
        if (n !== want) throw new Error(`${label}: line ${ln} starts row ${n}, expected row ${want}`);
        rows.push({ row: n, line: ln, lines: m[2] ? [{ line: ln, text: m[2] }] : [] });
      } else {
        if (!last) throw new Error(`${label}: line ${ln} "${text}" comes before the first row`);
        last.lines.push({ line: ln, text });
      }
    }
  }
  if (rows.length !== expect) throw new Error(`${label}: found ${rows.length} rows, expected ${expect}`);
  return rows;
}

export function rowTokens(row: TableRow): Token[] {
  return row.lines.flatMap(({ line, text }) => text.split(' ').map((t, i) => ({ text: t, line, first: i === 0 })));
}

/** Join tokens back into a cell: a new printed line is a wrap (joined without space), same-line pieces keep their space. */
export function joinTokens(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && !t.first ? ' ' : '') + t.text).join('');
}

/** Split off the shortest prefix of tokens whose joined text matches `end` (e.g. a company name ending in 公司). */
export function takeUntil(tokens: Token[], end: RegExp, label: string): [string, Token[]] {
  for (let i = 1; i <= tokens.length; i++) {
    const cell = joinTokens(tokens.slice(0, i));
    if (end.test(cell)) return [cell, tokens.slice(i)];
  }
  throw new Error(`${label}: no cell matching ${end} in "${joinTokens(tokens)}"`);
}

/**
 * Parse a printed target value: "≥5" → 5, "5家" → 5, ">72%" → 72, "提高8%" → 8, "－" / "-" / "基本建立" → undefined.
 * The printed text is always kept beside it by the caller.
 */
export function parseTargetValue(printed: string): number | undefined {
  const t = toHalfWidth(printed).replace(/\s/g, '');
  const m = /^(?:≥|>=|>|≤|<=|<|约|超过|提高|下降|降低|缩短|达到)?(\d+(?:\.\d+)?)(?:%|家|个|条|户|项|款|种|亿元|万元)?(?:以上)?$/.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** One explicit fix of a printed value, applied by code; `id` is the record id (`list:row`). */
export interface CorrectionRule {
  id: string;
  field: 'name' | 'location' | 'project' | 'industry' | 'supportUnit';
  printed: string;
  corrected: string;
  reason: string;
}

/**
 * Apply corrections in place, recording each in the record's `corrections`. Throws when a rule's record is missing or
 * its field no longer reads `printed`, so a stale correction fails instead of silently doing nothing.
 */
export function applyCorrections(records: SeedRecord[], rules: readonly CorrectionRule[]): void {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const rule of rules) {
    const rec = byId.get(rule.id);
    if (!rec) throw new Error(`correction for ${rule.id}: no such record`);
    const current = rec[rule.field];
    if (current !== rule.printed) throw new Error(`correction for ${rule.id}.${rule.field}: expected "${rule.printed}", found "${String(current)}"`);
    rec[rule.field] = rule.corrected;
    rec.corrections.push({ field: rule.field, printed: rule.printed, corrected: rule.corrected, reason: rule.reason });
  }
}

/** A table caption located by findLine: "表3 绵阳市…项目表" → { table: "表3", title: "绵阳市…项目表", line }. */
export function caption(seed: SeedText, n: number, from = 1): { table: string; title: string; line: number } {
  const line = findLine(seed, new RegExp(`^\\s*表\\s*${n}\\s`), from);
  const title = seed.lines[line - 1]!.trim()
    .replace(/^表\s*\d+\s+/, '')
    .replace(/\s+/g, ' ');
  return { table: `表${n}`, title, line };
}

/**
 * Rows of a simple target grid, "label v1 v2 v3": the last `n` pieces are the values, the rest is the label.
 * Every non-blank line in [from, to) must be such a row (captions and page furniture excepted), so nothing is dropped.
 */
export function gridRows(seed: SeedText, from: number, to: number, n: number, label: string): { line: number; label: string; cells: string[] }[] {
  const out: { line: number; label: string; cells: string[] }[] = [];
  for (let ln = from; ln < to; ln++) {
    const raw = seed.lines[ln - 1] ?? '';
    if (isPageFurniture(raw) || CAPTION.test(raw)) continue;
    const parts = raw.trim().split(/\s+/);
    if (parts.length < n + 1) throw new Error(`${label}: line ${ln} "${raw.trim()}" has fewer than ${n} values`);
    out.push({ line: ln, label: parts.slice(0, parts.length - n).join(' '), cells: parts.slice(parts.length - n) });
  }
  return out;
}

/** The document date printed in the header, e.g. "2019 年 1 月 27 日" → "2019-01-27". */
export function docDate(seed: SeedText): string {
  const ln = findLine(seed, /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/);
  const [y, m, d] = seed.lines[ln - 1]!.match(/\d+/g)!;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}
