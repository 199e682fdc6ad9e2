// `npm run geocode -- INPUT [--column NAME] [--sheet NAME] [--out FILE]`: adds geo_* columns to a CSV/TSV/XLSX/
// JSON list, one output row per input data row, and prints one summary line.
import { geocode as defaultGeocode } from '../lib/geocode/index.ts';
import { formatCounts, geocodeTable, isGeoColumn, type Geocoder } from '../lib/geocode-table.ts';
import { loadLang, translateMsg } from '../lib/i18n/index.ts';
import { detectLocationColumn, findColumn, isReadError, readTable } from '../lib/read/index.ts';
import { EXIT, isMain, runMain, usageText } from './exit.ts';
import { baseName, csvChunks, errnoText, nodeIo, parseArgs, UsageError, type CliIo } from './io.ts';

export const USAGE = 'usage: npm run geocode -- INPUT [--column NAME] [--sheet NAME] [--out FILE]';

/** Exit codes (src/cli/exit.ts): 0 done, 1 input cannot be used (unreadable, no location column), 2 bad command line. */
export async function runGeocode(argv: readonly string[], io: CliIo = nodeIo, geocode: Geocoder = defaultGeocode): Promise<number> {
  const fail = (msg: string) => (io.stderr(`geocode: ${msg}\n`), EXIT.input);
  let input: string;
  let options: Record<string, string>;
  try {
    const args = parseArgs(argv, ['column', 'out', 'sheet'], ['help']);
    if (args.flags.has('help')) return (io.stdout(USAGE + '\n'), 0);
    if (args.positional.length !== 1) throw new UsageError(args.positional.length ? 'one INPUT file only' : 'INPUT file missing');
    input = args.positional[0]!;
    options = args.options;
  } catch (e) {
    if (e instanceof UsageError) return (io.stderr(usageText('geocode', e.message, USAGE)), EXIT.usage);
    throw e;
  }
  const name = baseName(input);
  // Before anything is read or written: --out naming the input (a path, a symlink or a hard link to it) would
  // replace the user's file with our CSV.
  if (options.out !== undefined && (await io.sameFile(input, options.out))) {
    return (io.stderr(usageText('geocode', `--out ${baseName(options.out)} is the input file ${name}: choose another output file`, USAGE)), EXIT.usage);
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(input);
  } catch (e) {
    return fail(`cannot read ${name}: ${errnoText(e)}`);
  }
  let table;
  try {
    const sheet = options.sheet === undefined ? undefined : /^\d+$/.test(options.sheet) ? Number(options.sheet) - 1 : options.sheet;
    table = await readTable(bytes, name, { sheet });
  } catch (e) {
    if (isReadError(e)) return fail(`cannot read ${name}: ${e.message}`);
    throw e;
  }
  const seen = table.headers.map((h) => `"${h}"`).join(', ');
  let column: number;
  if (options.column !== undefined) {
    column = findColumn(table.headers, options.column);
    if (column < 0) return fail(`no column "${options.column}" in ${name}; headers: ${seen}`);
  } else {
    // A previous run's geo_county would match "county": only the user's own columns are candidates.
    const m = detectLocationColumn(table.headers.map((h) => (isGeoColumn(h) ? '' : h)));
    if (!m)
      return fail(
        `no location column found in ${name} (looked for 属地, 所在地, 县市区, 地址, 园区, location, address …); headers: ${seen}; pass --column NAME`,
      );
    column = m.index;
  }
  // The CLI speaks English (its usage and errors do); geo_note is the geocoder's message worded in English too.
  await loadLang('en');
  const out = geocodeTable(table, column, geocode, (note) => translateMsg('en', note));
  const summary = formatCounts(out.counts) + '\n';
  if (options.out !== undefined) {
    try {
      await io.writeFile(options.out, csvChunks(out.headers, out.rows));
    } catch (e) {
      return fail(`cannot write ${options.out}: ${errnoText(e)}`);
    }
    io.stdout(summary);
  } else {
    for (const chunk of csvChunks(out.headers, out.rows)) io.stdout(chunk);
    io.stderr(summary);
  }
  return EXIT.ok;
}

if (isMain(import.meta.url)) runMain('geocode', (argv) => runGeocode(argv));
