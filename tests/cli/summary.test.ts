// `npm run summary` against the real extracted data (data/*.json from scripts/extract-seeds.ts). Expected counts
// were read off the seed tables by hand (000_4ee7436a9fd2bc04.txt: 智能化 表3, 绿色化 表5).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSummary } from '../../src/cli/summary.ts';
import { nodeIo, type CliIo } from '../../src/cli/io.ts';
import type { ListMeta } from '../../src/lib/types.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { ...nodeIo, stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  const code = await runSummary(argv, io);
  return { code, out, err };
}
const root = new URL('../../', import.meta.url);
const lists = JSON.parse(readFileSync(new URL('data/lists.json', root), 'utf8')) as ListMeta[];
const KNOWN = lists.map((l) => l.id).join(', ');

describe('summary: seed tables reproduced', () => {
  it('智能化 表3 smart-factory: 12 projects per printed 属地, investments as printed', async () => {
    const { code, out } = await run('--list', 'smart-factory');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'list,unit,count,investment_wan',
        'smart-factory,经开区,4,70905', // rows 2, 3, 7, 12: 14388 + 19000 + 31717 + 5800
        'smart-factory,高新区,4,64359', // rows 1, 5, 8, 9: 21559 + 11000 + 20600 + 11200
        'smart-factory,游仙区,2,33200', // rows 4, 6: 13200 + 20000
        'smart-factory,盐亭县,1,8000',
        'smart-factory,科创区,1,11600',
        '',
      ].join('\n'),
    );
  });

  it('smart-factory by county: 12 projects, 188064 万元 in all, parks folded into 涪城区', async () => {
    const { out } = await run('--by', 'county', '--list', 'smart-factory', '--format', 'json');
    const rows = JSON.parse(out) as { count: number; investment_wan: number }[];
    expect(rows).toEqual([
      { list: 'smart-factory', unit: '涪城区', count: 9, investment_wan: 146864 },
      { list: 'smart-factory', unit: '游仙区', count: 2, investment_wan: 33200 },
      { list: 'smart-factory', unit: '盐亭县', count: 1, investment_wan: 8000 },
    ]);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(12);
    expect(rows.reduce((n, r) => n + r.investment_wan, 0)).toBe(188064);
  });

  it('绿色化 表5 green-factory: 48 rows by 所在地, no investment column', async () => {
    const { out } = await run('--list=green-factory');
    expect(out).toBe(
      [
        'list,unit,count,investment_wan',
        'green-factory,江油市,10,', // rows 35–44
        'green-factory,游仙区,9,', // rows 11–19
        'green-factory,经开区,9,', // rows 20–28
        'green-factory,高新区,6,', // rows 1–6
        'green-factory,安州区,4,', // rows 31–34
        'green-factory,涪城区,4,', // rows 7–10
        'green-factory,三台县,2,',
        'green-factory,梓潼县,2,',
        'green-factory,科创区,2,', // rows 29–30
        '',
      ].join('\n'),
    );
  });

  it('green-tech (表11, no location column): borrowed units plus 未定位, all 14 rows kept', async () => {
    const { out } = await run('--list', 'green-tech', '--by', 'county');
    expect(out).toBe(
      [
        'list,unit,count,investment_wan',
        'green-tech,涪城区,6,', // 九洲 科创区, 新晨 高新区, 利尔 经开区, 华丰 经开区, 旭虹 经开区, 富临 涪城区
        'green-tech,三台县,1,',
        'green-tech,安州区,1,',
        'green-tech,江油市,1,',
        'green-tech,游仙区,1,',
        'green-tech,未定位,4,', // 长虹集团, 雅化集团, 台沃农业科技, 锐洋新材料
        '',
      ].join('\n'),
    );
  });

  it('every row of every list is counted exactly once, in lists.json order', async () => {
    for (const by of ['unit', 'county']) {
      const rows = JSON.parse((await run('--by', by, '--format', 'json')).out) as { list: string; count: number }[];
      const perList = new Map<string, number>();
      for (const r of rows) perList.set(r.list, (perList.get(r.list) ?? 0) + r.count);
      expect([...perList.keys()]).toEqual(lists.map((l) => l.id));
      for (const l of lists) expect(perList.get(l.id), l.id).toBe(l.rows);
    }
  });
});

describe('summary: options', () => {
  it('several lists, comma-separated, come out in lists.json order', async () => {
    const { code, out } = await run('--list', 'famous-brand,green-park', '--by', 'unit');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'list,unit,count,investment_wan',
        'green-park,安州工业园区,1,',
        'green-park,江油工业园区,1,',
        'green-park,游仙经开区,1,',
        'green-park,经开区,1,',
        'green-park,高新区,1,',
        'famous-brand,涪城区,1,', // 龙华光电薄膜, borrowed from 服务化 表3 row 7
        'famous-brand,未定位,1,', // 长虹电子控股: no list prints its location
        '',
      ].join('\n'),
    );
  });

  it('JSON: every row has all four keys, unknown investment is null', async () => {
    const rows = JSON.parse((await run('--list', 'landmark-project', '--format', 'json')).out);
    expect(rows).toEqual([
      { list: 'landmark-project', unit: '安州高新区', count: 1, investment_wan: 300000 },
      { list: 'landmark-project', unit: '未定位', count: 7, investment_wan: 3800000 },
    ]);
  });
});

describe('summary: errors', () => {
  const USAGE = 'usage: npm run summary -- [--by county|unit] [--list ID[,ID…]] [--format csv|json]\n';
  it.each([
    [['--list', 'foo'], `unknown list: "foo" (known: ${KNOWN})`],
    [['--list', 'smart-factory,bar'], `unknown list: "bar" (known: ${KNOWN})`],
    [['--by', 'town'], 'unknown --by: "town" (known: unit, county)'],
    [['--format', 'xlsx'], 'unknown --format: "xlsx" (known: csv, json)'],
    [['--colum', 'x'], 'unknown option --colum'],
    [['--by'], '--by needs a value'],
    [['--list', 'sherpa', '--list=summit'], '--list given 2 times (use --list a,b for several lists)'],
    [['extra'], 'unexpected argument: "extra"'],
  ])('%j → exit 2, the message and the usage line', async (argv, message) => {
    expect(await run(...argv)).toEqual({ code: 2, out: '', err: `summary: ${message}\n${USAGE}` });
  });

  it('--help prints the usage line and exits 0', async () => {
    expect(await run('--help')).toEqual({ code: 0, out: USAGE, err: '' });
  });

  it('a missing data file is named, not a stack trace, exit 1', async () => {
    let err = '';
    const io: CliIo = { ...nodeIo, stdout: () => {}, stderr: (t) => void (err += t) };
    expect(await runSummary([], io, '/nonexistent/')).toBe(1);
    expect(err).toBe('summary: cannot read data/lists.json: no such file (run npm run data first)\n');
  });

  it('the real process exits 2 on a usage error and prints only the message and the usage line', () => {
    const p = spawnSync('node_modules/.bin/tsx', ['src/cli/summary.ts', '--list', 'foo'], { cwd: new URL('.', root).pathname, encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr).toBe(`summary: unknown list: "foo" (known: ${KNOWN})\n${USAGE}`);
  });
});
