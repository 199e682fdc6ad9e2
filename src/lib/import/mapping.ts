// Which column is what: guesses from the headers, which the user confirms or changes in the mapping step.
import type { Key, Msg } from '../i18n/index.ts';
import { detectLocationColumn, normalizeHeader } from '../read/columns.ts';
import { unitFromHeader, type AmountUnit } from './amount.ts';

/** Column indices into Table.headers; -1 = not mapped. */
export interface ColumnMapping {
  name: number;
  location: number;
  amount: number;
  /** Unit of the amount column when a cell does not say; from the header if it names one. */
  unit: AmountUnit;
  category: number;
}

const NAME_KEYWORDS = ['企业名称', '单位名称', '公司名称', '项目名称', '园区名称', '企业', '单位', '公司', '名称', '项目', 'company', 'enterprise', 'name'];
const AMOUNT_KEYWORDS = ['总投资', '投资额', '投资', '金额', '资金', '营业收入', '产值', 'investment', 'amount'];
const CATEGORY_KEYWORDS = ['行业', '产业', '类别', '类型', '领域', '分类', 'industry', 'category', 'sector', 'type'];

/** Exact match beats contains; within each, keyword order, then leftmost column; `taken` columns are skipped. */
function findByKeywords(headers: readonly string[], keywords: readonly string[], taken: ReadonlySet<number>): number {
  const norm = headers.map(normalizeHeader);
  for (const exact of [true, false]) {
    for (const k of keywords) {
      const i = norm.findIndex((h, j) => !taken.has(j) && (exact ? h === k : h.includes(k)));
      if (i >= 0) return i;
    }
  }
  return -1;
}

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<number>();
  const location = detectLocationColumn(headers)?.index ?? -1;
  if (location >= 0) taken.add(location);
  const name = findByKeywords(headers, NAME_KEYWORDS, taken);
  if (name >= 0) taken.add(name);
  const amount = findByKeywords(headers, AMOUNT_KEYWORDS, taken);
  if (amount >= 0) taken.add(amount);
  const category = findByKeywords(headers, CATEGORY_KEYWORDS, taken);
  const unit = (amount >= 0 ? unitFromHeader(headers[amount]!) : undefined) ?? '万元';
  return { name, location, amount, unit, category };
}

/**
 * Problems that stop an import (a location column is required; columns must exist), as messages the panel says in
 * the UI's language. Empty = good to go.
 */
export function mappingProblems(m: ColumnMapping, headers: readonly string[]): Msg[] {
  const out: Msg[] = [];
  const check = (i: number, field: Key) => {
    if (i >= headers.length || i < -1) out.push({ key: 'import.mapping.noColumn', params: { field: { key: field }, n: i + 1 } });
  };
  if (m.location < 0) out.push({ key: 'import.mapping.needLocation' });
  check(m.location, 'import.field.location');
  check(m.name, 'import.field.name');
  check(m.amount, 'import.field.amount');
  check(m.category, 'import.field.category');
  if (m.name >= 0 && m.name === m.location) out.push({ key: 'import.mapping.sameColumn' });
  return out;
}
