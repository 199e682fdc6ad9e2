// Enterprise names → a comparison key. Printed names differ in legal-form suffixes, province/city prefixes,
// bracket widths and PDF line-break spaces; the key drops exactly those and nothing that could tell two companies
// apart (九洲电器 vs 九洲线缆 keep their distinguishing words). Anything smarter goes through the alias table.

/** Longest first, so 股份有限公司 is not half-stripped as 有限公司. */
const SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团'];
const PREFIXES = ['四川省', '四川', '绵阳市', '绵阳'];
/**
 * A prefix is only dropped when the rest still names a company on its own: "四川大学" must not become "大学",
 * and "绵阳市" before "市…" / "省…" means the prefix was part of a longer place name.
 */
const UNSAFE_REST = /^(省|市|县|区|大学|学院|师范|医院|职业|中学|小学)/;
/** Two characters is the shortest brand that stays unambiguous in these lists (长虹, 九洲, 华丰). */
const MIN_REST = 2;

export function normalizeName(name: string): string {
  // NFKC folds full-width brackets, digits and Latin letters to half width ("（" → "(", "５８" → "58").
  let s = name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  // "(集团)" inside a name (四川矿山机器（集团）有限责任公司) is the same legal-form noise as a trailing 集团.
  s = s.replace(/\(集团\)/g, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const suf of SUFFIXES) {
      if (s.endsWith(suf) && s.length - suf.length >= MIN_REST) {
        s = s.slice(0, -suf.length);
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const pre of PREFIXES) {
      const rest = s.slice(pre.length);
      if (s.startsWith(pre) && rest.length >= MIN_REST && !UNSAFE_REST.test(rest)) {
        s = rest;
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** A cell naming several parties ("虹信软件、科瑞软件") is one row that cannot be placed as one enterprise. */
export const isJointName = (name: string): boolean => /[、，,；;／/]/.test(name.normalize('NFKC'));
