// Helpers shared by the per-plan seed extractors. Node-only (reads files); the records they build are plain data.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Correction, Provenance, SeedRecord, TargetRecord } from '../../src/lib/types.ts';

/** The seeds live outside the repo, in ../shared/seeds relative to the project root (CI clones with shared/ beside it). */
export const SEEDS_DIR = process.env.SEEDS_DIR
  ? resolve(process.env.SEEDS_DIR)
  : resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

export interface SeedText {
  doc: string;
  /** Raw lines, index 0 = line 1. */
  lines: string[];
}

/** Load a seed by its numeric prefix ("000", "002", …). */
export function loadSeed(prefix: string, dir = SEEDS_DIR): SeedText {
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
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Page furniture that PDF extraction interleaves with tables: bare page numbers, running headers. */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return t === '' || /^\d{1,3}$/.test(t) && line.length - line.trimStart().length > 40 || t === '政府文件';
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
  fields: Omit<SeedRecord, keyof Provenance | 'id' | 'list' | 'extra' | 'corrections'> &
    Partial<Pick<SeedRecord, 'extra' | 'corrections'>>,
): SeedRecord {
  return { id: `${list}:${prov.row}`, list, ...prov, extra: {}, corrections: [], ...fields };
}

export function makeTarget(prov: Provenance, fields: Omit<TargetRecord, keyof Provenance | 'corrections'> & { corrections?: Correction[] }): TargetRecord {
  return { ...prov, corrections: [], ...fields };
}

/** What every extractor returns. */
export interface Extracted {
  lists: import("../../src/lib/types.ts").ListMeta[];
  records: SeedRecord[];
  targets: TargetRecord[];
}
