import { describe, expect, it } from 'vitest';
import { SHEET_FRAME, xlsxBomb, xlsxSmall } from '../../../tests/fixtures/zip.ts';
import { isReadError } from './errors.ts';
import { readTable } from './index.ts';
import { assertNotZipBomb, checkDeclaredSizes, inflateAndCount, readZipDirectory } from './zip.ts';

describe('zip-bomb checks', () => {
  it('reads the central directory: names and declared sizes', () => {
    const entries = readZipDirectory(xlsxBomb(3));
    expect(entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = entries.at(-1)!;
    expect(sheet.uncompressedSize - 3 * 1024 * 1024).toBe(new TextEncoder().encode(SHEET_FRAME).length);
  });

  it('a real small workbook passes and is read', async () => {
    await expect(assertNotZipBomb(xlsxSmall())).resolves.toBeUndefined();
    const t = await readTable(xlsxSmall(), 'small.xlsx');
    expect(t.headers).toEqual(['企业名称', '属地']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['四川长虹电器股份有限公司', '高新区'],
      ['四川九洲电器集团有限责任公司', '游仙区'],
    ]);
  });

  it('a 1.1 GB sheet is refused from its directory, before inflating', () => {
    const bytes = xlsxBomb(1100);
    expect(bytes.length).toBeLessThan(1.3 * 1024 * 1024); // as small as issue 14's 1.16 MB bomb
    expect(() => checkDeclaredSizes(readZipDirectory(bytes))).toThrow(
      'the workbook would inflate to 1100 MB, over the 200 MB limit: refused as a possible zip bomb (save the sheet as CSV if it is real)',
    );
  });

  it('a big entry with an absurd ratio is refused even under the size limit', () => {
    const e = readZipDirectory(xlsxBomb(100));
    expect(() => checkDeclaredSizes(e)).toThrow(
      /^xl\/worksheets\/sheet1\.xml inflates \d+:1 \(100 MB from \d+ KB\), more than 200:1: refused as a possible zip bomb$/,
    );
  });

  it('a directory that lies about the sizes is caught by counting while inflating, stopping at the limit', async () => {
    const bytes = xlsxBomb(300, { lie: true });
    expect(() => checkDeclaredSizes(readZipDirectory(bytes))).not.toThrow();
    const err = await inflateAndCount(bytes, readZipDirectory(bytes), 50 * 1024 * 1024).catch((e: unknown) => e);
    expect(isReadError(err) && err.code).toBe('zip-bomb');
    expect((err as Error).message).toBe(
      'the workbook would inflate to more than 50 MB (its directory declares 0 MB), over the 50 MB limit: refused as a possible zip bomb (save the sheet as CSV if it is real)',
    );
  });

  it('counts the real inflated size of an honest workbook', async () => {
    const bytes = xlsxBomb(2);
    const declared = readZipDirectory(bytes).reduce((n, e) => n + e.uncompressedSize, 0);
    expect(await inflateAndCount(bytes, readZipDirectory(bytes))).toBe(declared);
  });
});
