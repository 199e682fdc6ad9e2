// Table-walking helpers for the service / local / quality / summit extractors (doc 000) and the 002–004 readers.
// The PDF text wraps cells over lines and interleaves captions, so a table is read as "row blocks": everything from
// one printed row number to the next. Cells are then cut out of a block by per-table patterns.
import { applyCorrections as applyCommon, findLine, isPageFurniture, type CorrectionRule as CommonRule, type SeedText } from './common.ts';
import type { ListMeta, Provenance, SeedRecord } from '../../src/lib/types.ts';

export const DOC000_TITLE = '绵府办发〔2019〕5号';
export const DOC000_AS_OF = '2019-01-27';

/** County and park names as the 000 tables print them in their 县市区 columns. Longest first so 科创园区 beats 科创区. */
export const LOCATION_RE = '(?:北川羌族自治县|科创园区|涪城区|游仙区|安州区|江油市|三台县|盐亭县|梓潼县|北川县|平武县|高新区|经开区|科创区|仙海区)';

export interface TextLine {
  /** 1-based line number in the seed. */
  n: number;
  text: string;
  /** A blank line (or page furniture) came before it: PDF extraction puts blanks between most, not all, cells. */
  afterBlank: boolean;
}

export interface RowBlock {
  row: number;
  line: number;
  /** The block's lines; the first has the row number cut off (and may then be empty text). */
  lines: TextLine[];
}

/** Drop all whitespace: wrapped-cell joins and PDF spacing around Latin letters carry no meaning in Chinese names. */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Caption lines ("表6   服务型制造示范项目培育名单") interleave with table bodies; they are located separately by findLine. */
export const CAPTION = /^\s*表\s*\d+\s+\S/;

/**
 * Split lines [from, to] (1-based, inclusive; several ranges for a table continued after another) into row blocks
 * keyed by printed 序号. Lines before row 1 are returned as header. Throws unless the rows run 1..expected exactly.
 */
export function rowBlocks(seed: SeedText, table: string, ranges: Array<[number, number]>, expected: number): { header: TextLine[]; blocks: RowBlock[] } {
  const header: TextLine[] = [];
  const blocks: RowBlock[] = [];
  for (const [from, to] of ranges) {
    let blank = true;
    for (let n = from; n <= to; n++) {
      const raw = seed.lines[n - 1];
      if (raw === undefined) throw new Error(`${table}: line ${n} is past the end of ${seed.doc}`);
      if (isPageFurniture(raw) || CAPTION.test(raw)) {
        blank = true;
        continue;
      }
      const text = raw.trim();
      const m = /^(\d{1,3})(?:\s+(\D.*))?$/.exec(text);
      if (m) {
        const row = Number(m[1]);
        const want = blocks.length + 1;
        if (row !== want) throw new Error(`${table}: printed row ${row} at line ${n}, expected row ${want}`);
        blocks.push({ row, line: n, lines: [{ n, text: m[2] ?? '', afterBlank: false }] });
      } else if (blocks.length === 0) header.push({ n, text, afterBlank: blank });
      else blocks[blocks.length - 1]!.lines.push({ n, text, afterBlank: blank });
      blank = false;
    }
  }
  if (blocks.length !== expected) throw new Error(`${table}: ${blocks.length} rows, expected ${expected}`);
  return { header, blocks };
}

/** The block's cells as blank-separated groups of lines, each group's lines joined (whitespace removed). */
export function groups(block: RowBlock): string[] {
  const out: string[] = [];
  for (const l of block.lines) {
    if (l.afterBlank || out.length === 0) out.push('');
    out[out.length - 1] += squash(l.text);
  }
  return out.filter((g) => g !== '');
}

/** The whole block as one whitespace-free string. */
export function blockText(block: RowBlock): string {
  return squash(block.lines.map((l) => l.text).join(''));
}

/** Match a block against a per-table cell pattern; a row that does not fit must fail loudly, never be dropped. */
export function cells(table: string, block: RowBlock, re: RegExp, text = blockText(block)): RegExpExecArray {
  const m = re.exec(text);
  if (!m) throw new Error(`${table} row ${block.row} (line ${block.line}) does not match ${re}: ${text}`);
  return m;
}

/** Plan title as printed: the title line plus its "（2018—2020 年）" line, and where the plan starts. */
export function planTitle(seed: SeedText, title: RegExp, from = 1): { title: string; line: number } {
  const line = findLine(seed, title, from);
  const period =
    seed.lines
      .slice(line, line + 3)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  if (!/^[（(]2018/.test(period)) throw new Error(`${seed.doc}: no period line after plan title at line ${line}`);
  return { title: seed.lines[line - 1]!.trim() + period, line };
}

/** Caption text as printed ("表3   工业设计中心（企业）培育对象名单" → table "表3", title after the number). */
export function caption(seed: SeedText, pattern: RegExp, from = 1): { table: string; tableTitle: string; line: number } {
  const line = findLine(seed, pattern, from);
  const m = /^\s*(表\s*\d+)\s+(.+?)\s*$/.exec(seed.lines[line - 1]!);
  if (!m) throw new Error(`${seed.doc}: line ${line} is not a table caption`);
  return { table: squash(m[1]!), tableTitle: m[2]!, line };
}

/** A correction addressed by list and printed row; applied through common.ts's one mechanism (stale rules throw). */
export interface CorrectionRule extends Omit<CommonRule, 'id'> {
  list: string;
  row: number;
}

export function applyCorrections(records: SeedRecord[], rules: CorrectionRule[]): void {
  applyCommon(
    records,
    rules.map(({ list, row, ...rest }) => ({ id: `${list}:${row}`, ...rest })),
  );
}

/** Provenance for a doc-000 row. */
export function prov000(seed: SeedText, plan: string, planTitle: string, cap: { table: string; tableTitle: string }, row: number, line: number): Provenance {
  return { doc: seed.doc, docTitle: DOC000_TITLE, plan, planTitle, table: cap.table, tableTitle: cap.tableTitle, row, line };
}

/** ListMeta with row count taken from the records actually built, so the catalogue can never disagree with the data. */
export function listMeta(
  fields: Omit<ListMeta, 'rows' | 'hasLocation' | 'hasInvestment' | 'kind'> & { kind?: ListMeta['kind'] },
  records: SeedRecord[],
): ListMeta {
  const mine = records.filter((r) => r.list === fields.id);
  if (mine.length === 0) throw new Error(`list ${fields.id} has no records`);
  return {
    kind: mine[0]!.kind,
    hasLocation: mine.some((r) => r.locationPrinted !== undefined),
    hasInvestment: mine.some((r) => r.investmentPrinted !== undefined),
    rows: mine.length,
    ...fields,
  };
}

/** Parse a printed target cell: "12" → 12, "≥5" → 5, "5家" → 5, "14（工业13件）" → 14, "-" → undefined. */
export function targetNumber(printed: string): number | undefined {
  const m = /^[≥>＞约]?\s*(\d+(?:\.\d+)?)/.exec(printed.trim());
  return m ? Number(m[1]) : undefined;
}
