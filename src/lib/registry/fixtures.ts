// Minimal SeedRecords for registry and aggregate tests: real names and units from the seeds, provenance stubbed.
import type { SeedRecord } from '../types.ts';

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
    docTitle: '',
    plan: list.split('-')[0] ?? '',
    planTitle: '',
    table: '',
    tableTitle: '',
    row: Number(row),
    line: 1,
    extra: {},
    corrections: [],
    ...more,
  };
}
