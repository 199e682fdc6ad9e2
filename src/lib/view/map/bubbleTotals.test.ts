import { describe, expect, it } from 'vitest';
import { aggregateBubbles, type TotalInput } from './bubbleTotals.ts';

const SANTAI: [number, number] = [104.99778, 31.17079];
const YANTING: [number, number] = [105.43737, 31.28016];
const LUXI: [number, number] = [104.99778, 31.17079];

const row = (id: string, place: string, anchor: [number, number], investmentWan: number | undefined, source = '我的项目.csv'): TotalInput => ({
  id,
  place,
  anchor,
  source,
  ...(investmentWan !== undefined ? { investmentWan } : {}),
});

const ROWS: TotalInput[] = [
  row('import-1:1', '三台县', SANTAI, 1200),
  row('import-1:2', '盐亭县', YANTING, 300),
  row('import-1:3', '三台县', SANTAI, 2.5),
  row('import-1:4', '芦溪工业集中发展区', LUXI, 8000),
  row('import-1:5', '三台县', SANTAI, 97.5),
  row('import-1:6', '盐亭县', YANTING, 700),
];

describe('aggregateBubbles', () => {
  it('sums the amounts of each place and counts its projects', () => {
    const { totals, skipped } = aggregateBubbles(ROWS);
    expect(totals.map((t) => [t.id, t.place, t.investmentWan, t.count])).toEqual([
      ['total:三台县', '三台县', 1300, 3],
      ['total:盐亭县', '盐亭县', 1000, 2],
      ['total:芦溪工业集中发展区', '芦溪工业集中发展区', 8000, 1],
    ]);
    expect(skipped).toBe(0);
    expect(totals[0]!.anchor).toEqual(SANTAI);
    expect(totals[0]!.items.map((i) => i.id)).toEqual(['import-1:1', 'import-1:3', 'import-1:5']);
    // Members are the input objects themselves, so a total can be traced back to its rows.
    expect(totals[1]!.items[0]).toBe(ROWS[1]);
  });

  it('a park and its county are different places, even on the same point', () => {
    const { totals } = aggregateBubbles(ROWS);
    expect(totals.filter((t) => t.anchor[0] === SANTAI[0] && t.anchor[1] === SANTAI[1]).map((t) => t.place)).toEqual(['三台县', '芦溪工业集中发展区']);
  });

  it('ids and totals do not depend on the input order', () => {
    const a = aggregateBubbles(ROWS);
    const b = aggregateBubbles([...ROWS].reverse());
    expect(b.totals.map((t) => [t.id, t.investmentWan, t.count, t.sources])).toEqual(a.totals.map((t) => [t.id, t.investmentWan, t.count, t.sources]));
  });

  it('skips and counts items whose amount is missing, zero, negative or not a number', () => {
    const dirty = [
      ...ROWS,
      row('import-1:7', '三台县', SANTAI, undefined),
      row('import-1:8', '三台县', SANTAI, 0),
      row('import-1:9', '盐亭县', YANTING, -5),
      row('import-1:10', '盐亭县', YANTING, Number.NaN),
      row('import-1:11', '梓潼县', [105.18594, 31.59984], Number.POSITIVE_INFINITY),
    ];
    const { totals, skipped } = aggregateBubbles(dirty);
    expect(skipped).toBe(5);
    expect(totals.map((t) => [t.place, t.investmentWan, t.count])).toEqual([
      ['三台县', 1300, 3],
      ['盐亭县', 1000, 2],
      ['芦溪工业集中发展区', 8000, 1],
    ]);
  });

  it('3,000 amounts of 0.1 and 0.2 万元 add up exactly, where a running sum drifts', () => {
    const many = Array.from({ length: 3000 }, (_, i) => row(`import-2:${i + 1}`, '江油市', [105.09146, 32.1241], i % 2 ? 0.1 : 0.2));
    expect(many.reduce((s, r) => s + r.investmentWan!, 0)).not.toBe(450);
    const [t] = aggregateBubbles(many).totals;
    expect(t!.investmentWan).toBe(450);
    expect(t!.count).toBe(3000);
    expect(aggregateBubbles(many.map((r) => ({ ...r, investmentWan: 0.1 }))).totals[0]!.investmentWan).toBe(300);
  });

  it('counts rows per source, most rows first, so a total names what it adds up', () => {
    const mixed = [...ROWS, row('smart-factory:10', '盐亭县', YANTING, 8000, '绵府办发〔2019〕5号')];
    const yanting = aggregateBubbles(mixed).totals.find((t) => t.place === '盐亭县')!;
    expect(yanting.sources).toEqual([
      { source: '我的项目.csv', rows: 2 },
      { source: '绵府办发〔2019〕5号', rows: 1 },
    ]);
    expect(yanting.investmentWan).toBe(9000);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(ROWS);
    const { totals } = aggregateBubbles(ROWS);
    totals[0]!.anchor[0] = 0;
    expect(ROWS).toEqual(copy);
  });

  it('no items, no totals', () => {
    expect(aggregateBubbles([])).toEqual({ totals: [], skipped: 0 });
  });
});
