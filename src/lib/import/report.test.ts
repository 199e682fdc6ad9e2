import { describe, expect, it } from 'vitest';
import type { ImportedList, ImportRow } from './types.ts';
import { REPORT_SHOWN, reportRows, reportSteps } from './report.ts';
import { runSliced } from '../aggregate/slices.ts';
import { needsAttention } from './fix.ts';

const row = (index: number, status: ImportRow['geo']['status'], name = `企业${index}`): ImportRow =>
  ({ index, sourceLine: index + 1, cells: [name, '涪城区'], geo: { status }, problems: [] }) as unknown as ImportRow;

const listOf = (rows: ImportRow[]) => ({ rows, mapping: { name: 0, location: 1, amount: -1, unit: '万元', category: -1 } }) as unknown as ImportedList;

describe('report rows', () => {
  it('counts every row needing attention, shows the first 200 in order, and counts invisible characters', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(i, i % 3 === 0 ? 'unresolved' : 'resolved', i % 100 === 0 ? `企业\u202E${i}` : `企业${i}`));
    const r = reportRows(listOf(rows));
    expect(r.attention).toBe(rows.filter(needsAttention).length);
    expect(r.shown).toEqual(rows.filter(needsAttention).slice(0, REPORT_SHOWN));
    expect(r.invisible).toBe(10);
  });

  it('in slices gives the same as at once, and is kept per rows array', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => row(i, i % 7 === 0 ? 'ambiguous' : 'resolved'));
    const list = listOf(rows);
    let pauses = 0;
    const sliced = await runSliced(reportSteps(list), async () => void pauses++);
    expect(pauses).toBeGreaterThan(0);
    expect(reportRows(list)).toBe(sliced);
    expect(reportRows(listOf([...rows]))).toEqual(sliced);
  });
});
