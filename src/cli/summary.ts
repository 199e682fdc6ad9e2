// `npm run summary -- [--by county|unit] [--list ID[,ID…]] [--format csv|json]`: counts and investment per list
// and unit from data/records.json, locations resolved through the enterprise registry (borrowed ones included).
import { fileURLToPath } from 'node:url';
import { locateAll, summarise, type By, type SummaryRow } from '../lib/aggregate/index.ts';
import { buildRegistry } from '../lib/registry/index.ts';
import type { ListMeta, SeedRecord } from '../lib/types.ts';
import { csvLine } from '../lib/write/csv.ts';
import { EXIT, isMain, runMain, usageText } from './exit.ts';
import { errnoText, nodeIo, parseArgs, UsageError, type CliIo } from './io.ts';

export const USAGE = 'usage: npm run summary -- [--by county|unit] [--list ID[,ID…]] [--format csv|json]';

/** Project root, so the CLI reads the same data whatever directory it is started from. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BYS: readonly By[] = ['unit', 'county'];
const FORMATS = ['csv', 'json'] as const;
const OPTIONS = ['by', 'list', 'format'] as const;

const known = (xs: readonly string[]) => xs.join(', ');

/** Exit codes (src/cli/exit.ts): 0 printed, 1 data files unreadable, 2 bad command line; message on stderr. */
export async function runSummary(argv: readonly string[], io: CliIo = nodeIo, root: string = ROOT): Promise<number> {
  const usage = (msg: string) => (io.stderr(usageText('summary', msg, USAGE)), EXIT.usage);
  const fail = (msg: string) => (io.stderr(`summary: ${msg}\n`), EXIT.input);
  let options: Record<string, string>;
  // parseArgs keeps only the last of a repeated option; a silently ignored --list would hide rows.
  for (const o of OPTIONS) {
    const n = argv.filter((a) => a === `--${o}` || a.startsWith(`--${o}=`)).length;
    if (n > 1) return usage(`--${o} given ${n} times (use --list a,b for several lists)`);
  }
  try {
    const args = parseArgs(argv, OPTIONS, ['help']);
    if (args.flags.has('help')) return (io.stdout(USAGE + '\n'), EXIT.ok);
    if (args.positional.length) return usage(`unexpected argument: "${args.positional[0]}"`);
    options = args.options;
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const by = (options.by ?? 'unit') as By;
  if (!BYS.includes(by)) return usage(`unknown --by: "${options.by}" (known: ${known(BYS)})`);
  const format = options.format ?? 'csv';
  if (!(FORMATS as readonly string[]).includes(format)) return usage(`unknown --format: "${format}" (known: ${known(FORMATS)})`);

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
  for (const id of wanted) if (!ids.includes(id)) return usage(`unknown list: "${id}" (known: ${known(ids)})`);

  // Output follows data/lists.json order whatever order --list names them in.
  const selected = ids.filter((id) => wanted.includes(id));
  const rows = summarise(locateAll(records, buildRegistry(records)), { by, lists: selected });
  io.stdout(format === 'json' ? toJson(rows) : toCsvText(rows));
  return EXIT.ok;
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
  return (
    JSON.stringify(
      rows.map((r) => ({ list: r.list, unit: r.unit, count: r.count, investment_wan: r.investment_wan ?? null })),
      null,
      2,
    ) + '\n'
  );
}

if (isMain(import.meta.url)) runMain('summary', (argv) => runSummary(argv));
