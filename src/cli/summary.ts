// `npm run summary -- [--by county|unit] [--list ID[,ID…]] [--format csv|json]`: counts and investment per list
// and unit from data/records.json, locations resolved through the enterprise registry (borrowed ones included).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { locateAll, summarise, type By, type SummaryRow } from '../lib/aggregate/index.ts';
import { buildRegistry } from '../lib/registry/index.ts';
import type { ListMeta, SeedRecord } from '../lib/types.ts';
import { csvLine } from '../lib/write/csv.ts';
import { errnoText, nodeIo, parseArgs, UsageError, type CliIo } from './io.ts';

/** Project root, so the CLI reads the same data whatever directory it is started from. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BYS: readonly By[] = ['unit', 'county'];
const FORMATS = ['csv', 'json'] as const;
const OPTIONS = ['by', 'list', 'format'] as const;

const known = (xs: readonly string[]) => xs.join(', ');

/** Exit codes: 0 printed, 1 anything else (bad option, unknown list, missing data), message on stderr. */
export async function runSummary(argv: readonly string[], io: CliIo = nodeIo, root: string = ROOT): Promise<number> {
  const fail = (msg: string) => (io.stderr(msg + '\n'), 1);
  let options: Record<string, string>;
  // parseArgs keeps only the last of a repeated option; a silently ignored --list would hide rows.
  for (const o of OPTIONS) {
    const n = argv.filter((a) => a === `--${o}` || a.startsWith(`--${o}=`)).length;
    if (n > 1) return fail(`--${o} given ${n} times (use --list a,b for several lists)`);
  }
  try {
    const args = parseArgs(argv, OPTIONS);
    if (args.positional.length) return fail(`unexpected argument: "${args.positional[0]}" (known options: ${OPTIONS.map((o) => '--' + o).join(', ')})`);
    options = args.options;
  } catch (e) {
    if (e instanceof UsageError) return fail(`${e.message} (known options: ${OPTIONS.map((o) => '--' + o).join(', ')})`);
    throw e;
  }
  const by = (options.by ?? 'unit') as By;
  if (!BYS.includes(by)) return fail(`unknown --by: "${options.by}" (known: ${known(BYS)})`);
  const format = options.format ?? 'csv';
  if (!(FORMATS as readonly string[]).includes(format)) return fail(`unknown --format: "${format}" (known: ${known(FORMATS)})`);

  let lists: ListMeta[];
  let records: SeedRecord[];
  try {
    lists = await readJson(io, root, 'data/lists.json');
    records = await readJson(io, root, 'data/records.json');
  } catch (e) {
    return fail((e as Error).message);
  }
  const ids = lists.map((l) => l.id);
  const wanted = options.list === undefined ? ids : options.list.split(',').map((s) => s.trim());
  for (const id of wanted) if (!ids.includes(id)) return fail(`unknown list: "${id}" (known: ${known(ids)})`);

  // Output follows data/lists.json order whatever order --list names them in.
  const selected = ids.filter((id) => wanted.includes(id));
  const rows = summarise(locateAll(records, buildRegistry(records)), { by, lists: selected });
  io.stdout(format === 'json' ? toJson(rows) : toCsvText(rows));
  return 0;
}

async function readJson<T>(io: CliIo, root: string, rel: string): Promise<T> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(root + rel));
  } catch (e) {
    throw new Error(`cannot read ${rel}: ${errnoText(e)} (run npm run data first)`);
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (!Array.isArray(value)) throw new Error('not an array');
    return value as T;
  } catch (e) {
    throw new Error(`cannot read ${rel}: ${(e as Error).message}`);
  }
}

/** Plain CSV for terminals and pipes (no BOM, LF); an unknown investment is an empty cell, not 0. */
export function toCsvText(rows: readonly SummaryRow[]): string {
  const lines = [csvLine(['list', 'unit', 'count', 'investment_wan'])];
  for (const r of rows) lines.push(csvLine([r.list, r.unit, String(r.count), r.investment_wan === undefined ? '' : String(r.investment_wan)]));
  return lines.join('\n') + '\n';
}

/** Every row has all four keys; an unknown investment is null, not 0. */
export function toJson(rows: readonly SummaryRow[]): string {
  return JSON.stringify(rows.map((r) => ({ list: r.list, unit: r.unit, count: r.count, investment_wan: r.investment_wan ?? null })), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runSummary(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
