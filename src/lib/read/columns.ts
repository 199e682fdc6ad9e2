// Which column holds the location to geocode.

/**
 * Keywords in priority order. County-level words first: a table with both 地址 and 县市区 should be geocoded by
 * the county column, which is what the lists were compiled by.
 */
export const LOCATION_KEYWORDS = [
  '属地',
  '所在地',
  '县市区',
  '所属区县',
  '所在区县',
  '区县',
  '县区',
  '地址',
  '区域',
  '园区',
  '地点',
  '所在地区',
  'location',
  'address',
  'county',
  'district',
  'region',
  'park',
] as const;

/** Full-width → half-width (NFKC), no whitespace (Excel headers often carry line breaks), lower case. */
export const normalizeHeader = (h: string) => h.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export interface ColumnMatch {
  index: number;
  header: string;
  rule: 'exact' | 'contains';
  keyword: string;
}

/**
 * Rule: an exact header match (after normalizeHeader) beats a header that contains a keyword; within each,
 * the keyword earlier in LOCATION_KEYWORDS wins, then the leftmost column.
 */
export function detectLocationColumn(headers: readonly string[]): ColumnMatch | undefined {
  const norm = headers.map(normalizeHeader);
  for (const rule of ['exact', 'contains'] as const) {
    for (const keyword of LOCATION_KEYWORDS) {
      const index = norm.findIndex((h) => (rule === 'exact' ? h === keyword : h.includes(keyword)));
      if (index >= 0) return { index, header: headers[index]!, rule, keyword };
    }
  }
  return undefined;
}

/** Resolve a user-given --column: exact header first, then the same after normalizeHeader. -1 when absent. */
export function findColumn(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;
  const n = normalizeHeader(name);
  return headers.findIndex((h) => normalizeHeader(h) === n);
}
