// Former town names through `npm run geocode` (in process, real files): an address printed with a town abolished in
// the 2019–2020 reform is placed in its county, with the note saying so, and a town only where it is known.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { runGeocode } from '../../src/cli/geocode.ts';
import { nodeIo } from '../../src/cli/io.ts';

const dir = mkdtempSync(join(tmpdir(), 'former-towns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('geocode CLI and former town names', () => {
  it('安家镇 and 盐亭县安家镇 are 盐亭县 with no town; 小枧沟镇 gives its successor 小枧镇', async () => {
    const input = join(dir, '老地址.csv');
    const out = join(dir, '老地址.geo.csv');
    writeFileSync(input, '企业名称,所在地\n甲公司,安家镇\n乙公司,四川省盐亭县安家镇工业路1号\n丙公司,游仙区小枧沟镇\n');
    let stdout = '';
    const code = await runGeocode([input, '--out', out], { ...nodeIo, stdout: (t) => void (stdout += t), stderr: () => {} });
    expect([code, stdout]).toEqual([0, 'rows: 3, resolved: 3, ambiguous: 0, unresolved: 0, rejected: 0\n']);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.geo_county, r.geo_town, r.geo_confidence, r.geo_note])).toEqual([
      ['盐亭县', '', 'former-town:0.85', 'former 安家镇 (merged 2019–2020)'],
      ['盐亭县', '', 'address-county+former-town:0.95', 'former 安家镇 (merged 2019–2020)'],
      ['游仙区', '小枧镇', 'address-county+former-town:0.95', 'former 小枧沟镇 (merged 2019–2020 into 小枧镇)'],
    ]);
  });
});
