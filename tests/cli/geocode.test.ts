// Golden tests for `npm run geocode`: every file in tests/fixtures/in goes through the CLI function; its output CSV
// and its printed lines are compared with tests/fixtures/out/<stem>.csv and <stem>.log (stem = name without extension). REGEN=1 rewrites them.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runGeocode } from '../../src/cli/geocode.ts';
import { nodeIo, type CliIo } from '../../src/cli/io.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IN = join(ROOT, 'tests/fixtures/in');
const OUT = join(ROOT, 'tests/fixtures/out');
const REGEN = process.env.REGEN === '1';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
  inputs: Map<string, Uint8Array>;
}

/** Runs the CLI in-process: real file reads, captured writes and output. */
async function run(argv: string[]): Promise<Run> {
  const r: Run = { code: -1, stdout: '', stderr: '', files: new Map(), inputs: new Map() };
  const io: CliIo = {
    readFile: async (p) => {
      const b = await nodeIo.readFile(p);
      r.inputs.set(p, b);
      return b;
    },
    writeFile: async (p, chunks) => void r.files.set(p, [...chunks].join('')),
    sameFile: nodeIo.sameFile,
    stdout: (t) => void (r.stdout += t),
    stderr: (t) => void (r.stderr += t),
  };
  r.code = await runGeocode(argv, io);
  return r;
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '');
const dataRows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);

/** Data rows per fixture, counted by hand from the files: the output must have exactly these many. */
const EXPECTED_ROWS: Record<string, number> = {
  'gbk-with-title-row.csv': 6,
  'utf8-bom.csv': 5,
  'tabs.tsv': 3,
  'semicolons.csv': 3,
  'quoted-newlines.csv': 3,
  'short-and-long-rows.csv': 6,
  'formula-cells.csv': 3,
  'unterminated-quote.csv': 3,
  'json-array.json': 5,
  'xlsx-with-title-row.xlsx': 4,
  'utf16le-unicode-text.txt': 2,
};

describe('geocode CLI golden files', () => {
  const names = readdirSync(IN).sort();
  if (REGEN) mkdirSync(OUT, { recursive: true });

  it.each(names)('%s', async (name) => {
    const r = await run([join(IN, name), '--out', 'out.csv']);
    const log = `exit: ${r.code}\n${r.stdout}${r.stderr}`;
    const csv = r.files.get('out.csv');
    const logPath = join(OUT, `${stem(name)}.log`);
    const csvPath = join(OUT, `${stem(name)}.csv`);
    if (REGEN) {
      writeFileSync(logPath, log);
      if (csv !== undefined) writeFileSync(csvPath, csv);
      else if (existsSync(csvPath)) rmSync(csvPath);
    }
    expect(log).toBe(readFileSync(logPath, 'utf8'));
    expect(csv).toBe(existsSync(csvPath) ? readFileSync(csvPath, 'utf8') : undefined);
    // Exactly one output row per input data row, and the summary counts them all.
    if (csv !== undefined) {
      expect(dataRows(csv)).toHaveLength(EXPECTED_ROWS[name]!);
      expect(r.stdout).toMatch(new RegExp(`^rows: ${EXPECTED_ROWS[name]}, `));
    } else {
      expect(EXPECTED_ROWS[name]).toBeUndefined();
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')).toHaveLength(2); // one line, then the final newline
    }
  });

  it('every fixture that should produce rows is in the folder, and stems are unique', () => {
    expect(new Set(names.map(stem)).size).toBe(names.length);
    expect(Object.keys(EXPECTED_ROWS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('does not change the input files or the bytes it read', async () => {
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    for (const name of names) {
      const path = join(IN, name);
      const before = sha(readFileSync(path));
      const r = await run([path, '--out', 'x.csv']);
      expect(sha(r.inputs.get(path)!)).toBe(before);
      expect(sha(readFileSync(path))).toBe(before);
    }
  });
});

describe('geocode CLI contract', () => {
  it('writes the CSV to stdout and the summary to stderr when there is no --out', async () => {
    const r = await run([join(IN, 'utf8-bom.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(OUT, 'utf8-bom.csv'), 'utf8'));
    expect(r.stderr).toBe('rows: 5, resolved: 5, ambiguous: 0, unresolved: 0, rejected: 0\n');
  });

  it('--column picks the column (normalised match), and a missing one lists the headers', async () => {
    const r = await run([join(IN, 'xlsx-with-title-row.xlsx'), '--column', '所在县市区']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(OUT, 'xlsx-with-title-row.csv'), 'utf8'));
    const bad = await run([join(IN, 'tabs.tsv'), '--column=属地']);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([1, '', 'geocode: no column "属地" in tabs.tsv; headers: "序号", "单位名称", "所在地", "备注"\n']);
  });

  it('--sheet by name or 1-based number', async () => {
    const r = await run([join(IN, 'xlsx-with-title-row.xlsx'), '--sheet', '2']);
    expect(r.stderr).toBe(
      'geocode: no location column found in xlsx-with-title-row.xlsx (looked for 属地, 所在地, 县市区, 地址, 园区, location, address …); headers: "本表由市经信局提供"; pass --column NAME\n',
    );
    const missing = await run([join(IN, 'xlsx-with-title-row.xlsx'), '--sheet', '汇总']);
    expect(missing.stderr).toBe('geocode: cannot read xlsx-with-title-row.xlsx: no worksheet "汇总"; sheets: 名单, 说明\n');
  });

  it('usage errors exit 2 with one message and the usage line', async () => {
    const usage = 'usage: npm run geocode -- INPUT [--column NAME] [--sheet NAME] [--out FILE]\n';
    expect(await run([])).toMatchObject({ code: 2, stderr: 'geocode: INPUT file missing\n' + usage });
    expect(await run(['a.csv', '--colum', '属地'])).toMatchObject({ code: 2, stderr: 'geocode: unknown option --colum\n' + usage });
    expect(await run(['a.csv', '--out'])).toMatchObject({ code: 2, stderr: 'geocode: --out needs a value\n' + usage });
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: usage });
  });

  it('a missing file is one line and exit 1', async () => {
    expect(await run(['no/such/名单.csv'])).toMatchObject({ code: 1, stdout: '', stderr: 'geocode: cannot read 名单.csv: no such file\n' });
  });

  it('20,000 generated rows: one output row each, in order, statuses adding up', async () => {
    const places = ['涪城区', '高新区', '安县', '江油市', '北川', '科创园区', '上海市浦东新区', '', '绵阳', '游仙区石马镇'];
    const lines = ['编号,企业名称,属地'];
    for (let i = 1; i <= 20_000; i++) lines.push(i % 997 === 0 ? `${i},短行` : `${i},企业${i},"${places[i % places.length]}"`);
    const dir = join(tmpdir(), `geocode-test-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const input = join(dir, '20k.csv');
    writeFileSync(input, lines.join('\r\n') + '\r\n');
    try {
      const t0 = performance.now();
      const r = await run([input, '--out', 'big.csv']);
      const ms = performance.now() - t0;
      const rows = dataRows(r.files.get('big.csv')!);
      expect(rows).toHaveLength(20_000);
      expect(rows.every((row, i) => row[0] === String(i + 1))).toBe(true);
      const m = /^rows: (\d+), resolved: (\d+), ambiguous: (\d+), unresolved: (\d+), rejected: (\d+)\n$/.exec(r.stdout)!;
      const [, total, ...parts] = m.map(Number);
      expect(total).toBe(20_000);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(20_000);
      expect(rows.filter((row) => row[3] === 'rejected' && row[9]!.startsWith('short row'))).toHaveLength(20);
      expect(ms).toBeLessThan(10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('geocode CLI as a process', () => {
  it('npm run geocode entry point: exit code, CSV on stdout, summary on stderr', async () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const { stdout, stderr } = await promisify(execFile)(tsx, ['src/cli/geocode.ts', join(IN, 'semicolons.csv')], { cwd: ROOT });
    expect(stdout).toBe(readFileSync(join(OUT, 'semicolons.csv'), 'utf8'));
    expect(stderr).toBe('rows: 3, resolved: 3, ambiguous: 0, unresolved: 0, rejected: 0\n');
    const fail = await promisify(execFile)(tsx, ['src/cli/geocode.ts', join(IN, 'empty.csv')], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(fail).toMatchObject({ code: 1, stderr: 'geocode: cannot read empty.csv: the file is empty (0 bytes)\n' });
  }, 30_000);
});
