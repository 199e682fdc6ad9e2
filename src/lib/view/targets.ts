// Targets vs outcomes: each numeric goal of a 目标 table that measures a list, beside the number of rows that list
// prints. Percent goals (本地配套率) are not counts of a list and are left to their own table.
import type { ListMeta, TargetRecord } from '../types.ts';

export interface TargetRow {
  id: string;
  list: string;
  listName: string;
  indicator: string;
  /** The goal's last year (or 合计) as printed, with the year. */
  year: string;
  printed: string;
  value?: number;
  listed: number;
  /** listed ÷ target, when the target is a positive number. */
  ratio?: number;
  targetSource: string;
  listSource: string;
}

export function targetsView(targets: readonly TargetRecord[], lists: readonly ListMeta[]): TargetRow[] {
  const byId = new Map(lists.map((l) => [l.id, l]));
  const out: TargetRow[] = [];
  for (const t of targets) {
    const l = t.list ? byId.get(t.list) : undefined;
    if (!l || t.unit === '%') continue;
    // 合计 when the table prints one (the whole plan period), else the last year printed.
    const goal = t.values.find((v) => v.year === '合计') ?? t.values.at(-1);
    if (!goal) continue;
    out.push({
      id: t.id,
      list: l.id,
      listName: l.name,
      indicator: t.indicator,
      year: goal.year,
      printed: goal.printed,
      ...(goal.value !== undefined ? { value: goal.value } : {}),
      listed: l.rows,
      ...(goal.value !== undefined && goal.value > 0 ? { ratio: l.rows / goal.value } : {}),
      targetSource: `${t.docTitle} ${t.table} 第${t.row}行`,
      listSource: `${l.table} ${l.tableTitle}`,
    });
  }
  return out;
}
