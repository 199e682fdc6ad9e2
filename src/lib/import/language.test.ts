// The hostile fixtures (tests/fixtures/in) through the import as the browser runs it, with every report cell and
// every word of the export worded in one language: in Chinese no English prose, in English no Chinese but the data
// as printed (the row's own cells, and the place names the geocoder matched).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { geocode, listCounties, listFormerTowns, listParks, listTowns } from '../geocode/index.ts';
import { isReadError, readTable } from '../read/index.ts';
import { loadLang, msgText, translator, type Translate } from '../i18n/index.ts';
import { buildImport } from './build.ts';
import { guessMapping } from './mapping.ts';
import { geoNoteText, problemText, reportGeoNote } from './messages.ts';
import { errorMessage } from './protocol.ts';

const DIR = resolve(import.meta.dirname, '../../../tests/fixtures/in');
const files = readdirSync(DIR).sort();
const zh = translator('zh');
const en = translator('en');
beforeAll(() => loadLang('en'));

/** File formats, units and the literal null: the same in both languages. */
const ALLOWED = /^(NUL|Excel|xlsx?|XLSX|CSV|UTF|JSON|null|MB)$/;
const places = new Set([
  '绵阳市',
  ...listCounties().flatMap((c) => [c.name, ...c.aliases]),
  ...listParks().map((p) => p.name),
  ...listTowns().map((t) => t.name),
  ...listFormerTowns().map((f) => f.name),
]);

/** What a message says once the data it quotes (the row's cells, whole or in part) is taken out. */
function withoutData(text: string, cells: readonly string[]): string {
  let s = text;
  for (const c of [...cells]
    .map((x) => x.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length))
    s = s.split(c).join(' ');
  return s;
}

function english(text: string, cells: readonly string[]): string[] {
  return [...withoutData(text, cells).matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]).filter((w) => !ALLOWED.test(w));
}

function chinese(text: string, cells: readonly string[]): string[] {
  // Han runs are judged whole: a place name the geocoder gives (梓潼县) may extend the cell's text (梓潼).
  return [...text.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]).filter((w) => !places.has(w) && !cells.some((c) => c.includes(w)));
}

async function reportCells(file: string, t: Translate): Promise<{ text: string; cells: string[] }[]> {
  let table;
  try {
    table = await readTable(new Uint8Array(readFileSync(resolve(DIR, file))), file);
  } catch (e) {
    if (!isReadError(e)) throw e;
    return [{ text: msgText(t, errorMessage(e)), cells: [file] }];
  }
  const mapping = guessMapping(table.headers);
  if (mapping.location < 0) return [];
  const list = buildImport(table, mapping, geocode, {}, { id: 'import-x', name: file, fileName: file, importedAt: '2026-12-07T00:00:00.000Z' });
  return list.rows.flatMap((r) => {
    const texts = [...r.problems.map((p) => problemText(t, p, r.sourceLine, list.sourceUnit)), reportGeoNote(t, r) ?? '', geoNoteText(t, r.geo)];
    return texts.filter(Boolean).map((text) => ({ text, cells: [...r.cells, ...(table.rows[r.index - 1]?.cells ?? [])] }));
  });
}

describe('the hostile fixtures, reported in one language', () => {
  it.each(files)('%s: no English prose in the Chinese report', async (file) => {
    const cells = await reportCells(file, zh);
    expect(cells.flatMap((c) => english(c.text, c.cells).map((w) => `${w} in “${c.text}”`))).toEqual([]);
  });

  it.each(files)('%s: no Chinese in the English report but the data as printed', async (file) => {
    const cells = await reportCells(file, en);
    expect(cells.flatMap((c) => chinese(c.text, c.cells).map((w) => `${w} in “${c.text}”`))).toEqual([]);
  });

  it('covers the reports: every fixture that reads has rows with a message, each unreadable one an error', async () => {
    const counts = await Promise.all(files.map(async (f) => (await reportCells(f, zh)).length));
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(files.length - 1);
  });

  it('an unreadable file says in English exactly what the CLI prints', async () => {
    for (const file of ['binary.bin', 'empty.csv', 'encrypted.xlsx', 'legacy.xls', 'bad-json.json', 'json-not-array.json', 'whitespace-only.csv']) {
      const e = await readTable(new Uint8Array(readFileSync(resolve(DIR, file))), file).catch((x: unknown) => x);
      expect(isReadError(e) && msgText(en, e.msg)).toBe(isReadError(e) && e.message);
    }
  });
});
