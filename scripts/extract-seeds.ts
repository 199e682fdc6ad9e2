// Runs every seed extractor and writes data/records.json, data/targets.json, data/lists.json and
// data/corrections.csv. Usage: npx tsx scripts/extract-seeds.ts [outDir]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ListMeta, SeedRecord, TargetRecord } from '../src/lib/types.ts';
import type { Extracted } from './seeds/common.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = resolve(HERE, '../data');

/** The 创新能力 plan prints its tables as “（略）”, so it has no extractor. Fixed, ordered list of extractor modules in scripts/seeds/ (a fixed list, so a typo'd file is not picked up by accident). */
export const MODULES = ['smart', 'green', 'service', 'local', 'quality', 'summit', 'article2024', 'province'] as const;

export interface Collected extends Extracted {
  /** Modules in MODULES whose file does not exist yet (skipped with a warning). */
  missing: string[];
}

/**
 * Import and run every extractor that exists. A file that exists but fails to load or extract throws: only an
 * absent file is skipped, so a broken extractor can never silently drop its lists.
 */
export async function collect(modules: readonly string[] = MODULES, warn: (msg: string) => void = console.warn): Promise<Collected> {
  const out: Collected = { lists: [], records: [], targets: [], missing: [] };
  for (const name of modules) {
    const file = join(HERE, 'seeds', `${name}.ts`);
    if (!existsSync(file)) {
      out.missing.push(name);
      warn(`extract-seeds: scripts/seeds/${name}.ts not found, skipped`);
      continue;
    }
    const mod = (await import(pathToFileURL(file).href)) as { extract?: () => Extracted };
    if (typeof mod.extract !== 'function') throw new Error(`scripts/seeds/${name}.ts does not export extract()`);
    const got = mod.extract();
    out.lists.push(...got.lists);
    out.records.push(...got.records);
    out.targets.push(...got.targets);
  }
  check(out);
  sortAll(out);
  return out;
}

function dupes(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.size === seen.add(id).size))];
}

/** Cross-module consistency: unique ids, every record on a known list, ListMeta.rows equal to the records written. */
export function check(x: Extracted): void {
  const problems: string[] = [];
  for (const [what, ids] of [
    ['list', x.lists.map((l) => l.id)],
    ['record', x.records.map((r) => r.id)],
    ['target', x.targets.map((t) => t.id)],
  ] as const) {
    const d = dupes(ids);
    if (d.length) problems.push(`duplicate ${what} ids: ${d.join(', ')}`);
  }
  const lists = new Map(x.lists.map((l) => [l.id, l]));
  const counts = new Map<string, number>();
  for (const r of x.records) {
    if (!lists.has(r.list)) problems.push(`record ${r.id} is on unknown list ${r.list}`);
    counts.set(r.list, (counts.get(r.list) ?? 0) + 1);
  }
  for (const l of x.lists) if ((counts.get(l.id) ?? 0) !== l.rows) problems.push(`list ${l.id} says ${l.rows} rows, has ${counts.get(l.id) ?? 0} records`);
  for (const t of x.targets) if (t.list !== undefined && !lists.has(t.list)) problems.push(`target ${t.id} measures unknown list ${t.list}`);
  if (problems.length) throw new Error(`extract-seeds:\n  ${problems.join('\n  ')}`);
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: by document, then printed line, then id (code-unit order, not locale-dependent). */
export function sortAll(x: Extracted): void {
  const byPlace = (a: { doc: string; line: number; id: string }, b: { doc: string; line: number; id: string }) =>
    cmp(a.doc, b.doc) || cmp(a.line, b.line) || cmp(a.id, b.id);
  x.records.sort(byPlace);
  x.targets.sort(byPlace);
  const firstLine = new Map<string, number>();
  for (const r of x.records) if (!firstLine.has(r.list)) firstLine.set(r.list, r.line);
  x.lists.sort((a, b) => cmp(a.doc, b.doc) || cmp(firstLine.get(a.id) ?? 0, firstLine.get(b.id) ?? 0) || cmp(a.id, b.id));
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per correction, records then targets; BOM so Excel opens the Chinese text as UTF-8 for reviewers. */
export function correctionsCsv(records: SeedRecord[], targets: TargetRecord[]): string {
  const rows = [['id', 'field', 'printed', 'corrected', 'reason']];
  for (const r of [...records, ...targets]) for (const c of r.corrections) rows.push([r.id, c.field, c.printed, c.corrected, c.reason]);
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** File name → exact file content, so the test can compare committed data byte for byte. */
export function render(x: Extracted): Record<string, string> {
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  return {
    'records.json': json(x.records satisfies SeedRecord[]),
    'targets.json': json(x.targets satisfies TargetRecord[]),
    'lists.json': json(x.lists satisfies ListMeta[]),
    'corrections.csv': correctionsCsv(x.records, x.targets),
  };
}

export async function main(outDir = DATA_DIR): Promise<void> {
  const x = await collect();
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(render(x))) writeFileSync(join(outDir, name), text, 'utf8');
  const fixes = x.records.reduce((n, r) => n + r.corrections.length, 0) + x.targets.reduce((n, t) => n + t.corrections.length, 0);
  for (const l of x.lists) console.log(`${l.id.padEnd(24)} ${l.table.padEnd(5)} ${String(l.rows).padStart(4)}  ${l.name}`);
  console.log(`${x.records.length} records, ${x.targets.length} targets, ${x.lists.length} lists, ${fixes} corrections → ${outDir}`);
  if (x.missing.length) console.log(`skipped (not written yet): ${x.missing.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv[2] ? resolve(process.argv[2]) : DATA_DIR);
}
