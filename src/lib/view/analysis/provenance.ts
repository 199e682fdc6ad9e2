// The citation printed beside every row in the drawer and the data-quality tab.
import type { SeedRecord } from '../../types.ts';

/**
 * "绵府办发〔2019〕5号 智能化 表3 第2行" — enough to find the printed row again, and cited as printed in either UI
 * language. The plan's short name (ListMeta.planName) is needed: one document prints a 表3 and a 表5 under several
 * plans (绿色化 表3, 服务化 表3, 登峰 表3), so document + table alone does not find the row. Running text is cited by
 * order of mention and line.
 */
export function provenanceText(r: SeedRecord, planName: string): string {
  const where = r.table ? `${r.table} 第${r.row}行` : `第${r.row}项（正文第${r.line}行）`;
  return [r.docTitle, planName, where].filter(Boolean).join(' ');
}
