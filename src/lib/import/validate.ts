// One mapped row → its problems, as codes on the row (shown as `第 12 行：金额 "abc" 不是数字` by messages.ts), never
// an exception.
import { z } from 'zod';
import { parseAmount, type AmountUnit } from './amount.ts';
import type { RowProblem } from './types.ts';

export interface MappedRow {
  name: string;
  location: string;
  amount: string;
  category: string;
}

/** Built per unit, since the amount's meaning depends on the column's unit. Cached: four units at most. Issue messages are RowProblem codes. */
const schemas = new Map<string, z.ZodType<{ investmentWan?: number }>>();

function schemaFor(unit: AmountUnit, hasName: boolean, hasAmount: boolean) {
  const key = `${unit}|${hasName}|${hasAmount}`;
  let s = schemas.get(key);
  if (!s) {
    s = z
      .object({ name: z.string(), location: z.string(), amount: z.string(), category: z.string() })
      .superRefine((r, ctx) => {
        if (hasName && r.name.trim() === '') ctx.addIssue({ code: 'custom', message: 'nameEmpty' });
        if (r.location.trim() === '') ctx.addIssue({ code: 'custom', message: 'locationEmpty' });
        if (hasAmount) {
          const a = parseAmount(r.amount, unit);
          if (!a.ok) ctx.addIssue({ code: 'custom', message: a.problem });
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
  problems: RowProblem[];
}

export function validateRow(row: MappedRow, opts: { unit: AmountUnit; hasName: boolean; hasAmount: boolean }): Validated {
  const r = schemaFor(opts.unit, opts.hasName, opts.hasAmount).safeParse(row);
  if (r.success) return { ...r.data, problems: [] };
  const a = opts.hasAmount ? parseAmount(row.amount, opts.unit) : undefined;
  return {
    ...(a && a.ok && !a.empty ? { investmentWan: a.wan } : {}),
    problems: r.error.issues.map((i): RowProblem => {
      const code = i.message as RowProblem['code'];
      return code === 'amountNaN' || code === 'amountNegative' || code === 'amountTooLarge' ? { code, text: row.amount.trim() } : { code };
    }),
  };
}
