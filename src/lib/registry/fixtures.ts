// Minimal SeedRecords for registry and aggregate tests: real names and units from the seeds, provenance from the
// list's table as printed (data/lists.json), the line stubbed.
import type { SeedRecord } from '../types.ts';

/** The printed table of the lists these tests use, so a row is cited as a reader finds it (智能化 表3 第2行). */
const TABLES: Record<string, string> = {
  'smart-factory': '表3',
  'smart-equipment': '表4',
  'smart-tech': '表5',
  'green-product': '表3',
  'green-factory': '表5',
  'green-tech': '表11',
  'green-supply-chain': '表9',
  'design-center': '表3',
  'service-enterprise': '表5',
  'service-platform': '表7',
  'local-sourcing': '表3',
  sherpa: '表2',
  summit: '表3',
};

export function rec(id: string, name: string, location?: string, more: Partial<SeedRecord> = {}): SeedRecord {
  const [list = id, row = '1'] = id.split(':');
  return {
    id,
    list,
    kind: 'enterprise',
    name,
    namePrinted: name,
    ...(location === undefined ? {} : { location, locationPrinted: location }),
    doc: '000_4ee7436a9fd2bc04.txt',
    docTitle: list === 'landmark-project' ? '' : '绵府办发〔2019〕5号',
    plan: list.split('-')[0] ?? '',
    planTitle: '',
    table: TABLES[list] ?? '',
    tableTitle: '',
    row: Number(row),
    line: 1,
    extra: {},
    corrections: [],
    ...more,
  };
}
