// One mapped row → its problems, as messages on the row (`第 12 行：金额 "abc" 不是数字`), never an exception.
import { z } from 'zod';
import { parseAmount, type AmountUnit } from './amount.ts';

export interface MappedRow {
  name: string;
  location: string;
  amount: string;
  category: string;
}

/** "第 12 行" for files with lines/rows, "第 12 项" for JSON array elements. */
export const rowLabel = (sourceLine: number, unit: 'line' | 'row' | 'element') => `第 ${sourceLine} ${unit === 'element' ? '项' : '行'}`;

/** Built per unit, since the amount's meaning depends on the column's unit. Cached: four units at most. */
const schemas = new Map<string, z.ZodType<{ investmentWan?: number }>>();

function schemaFor(unit: AmountUnit, hasName: boolean, hasAmount: boolean) {
  const key = `${unit}|${hasName}|${hasAmount}`;
  let s = schemas.get(key);
  if (!s) {
    s = z
      .object({ name: z.string(), location: z.string(), amount: z.string(), category: z.string() })
      .superRefine((r, ctx) => {
        if (hasName && r.name.trim() === '') ctx.addIssue({ code: 'custom', message: '名称为空' });
        if (r.location.trim() === '') ctx.addIssue({ code: 'custom', message: '所在地为空' });
        if (hasAmount) {
          const a = parseAmount(r.amount, unit);
          if (!a.ok) ctx.addIssue({ code: 'custom', message: `金额 ${a.reason}` });
        }
      })
      .transform((r) => {
        const a = hasAmount ? parseAmount(r.amount, unit) : undefined;
        return a && a.ok && !a.empty ? { investmentWan: a.wan } : {};
      });
    schemas.set(key, s);
  }
  return s;
}

export interface Validated {
  investmentWan?: number;
  problems: string[];
}

export function validateRow(row: MappedRow, label: string, opts: { unit: AmountUnit; hasName: boolean; hasAmount: boolean }): Validated {
  const r = schemaFor(opts.unit, opts.hasName, opts.hasAmount).safeParse(row);
  if (r.success) return { ...r.data, problems: [] };
  const a = opts.hasAmount ? parseAmount(row.amount, opts.unit) : undefined;
  return {
    ...(a && a.ok && !a.empty ? { investmentWan: a.wan } : {}),
    problems: r.error.issues.map((i) => `${label}：${i.message}`),
  };
}

const JSON_KINDS: Record<string, string> = { 'a string': '字符串', 'a number': '数字', 'a boolean': '布尔值', 'an array': '数组', null: 'null' };

/** The reader's English row problems, in the UI's language; unknown ones pass through unchanged. */
export function readerProblemZh(problem: string): string {
  return problem
    .split('; ')
    .map((p) => {
      let m: RegExpExecArray | null;
      if (p === 'empty row') return '空行';
      if ((m = /^short row: (\d+) of (\d+) cells$/.exec(p))) return `缺少单元格（只有 ${m[1]} 个，表头有 ${m[2]} 列）`;
      if ((m = /^long row: (\d+) cells for (\d+) columns$/.exec(p))) return `单元格过多（${m[1]} 个，表头只有 ${m[2]} 列）`;
      if (p.startsWith('unterminated quote')) return '引号未闭合：此行按无引号方式读取';
      if ((m = /^element (\d+) is (.+), not an object$/.exec(p))) return `不是对象，而是${JSON_KINDS[m[2]!] ?? m[2]}`;
      return p;
    })
    .join('；');
}
