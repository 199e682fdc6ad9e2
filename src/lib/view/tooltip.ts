// Tooltip contents as plain lines; the app renders them as text nodes (never innerHTML: cells are data).
import type { SeedRecord } from '../types.ts';
import { formatWan } from './format.ts';

export function sourceLine(r: SeedRecord): string {
  const table = r.table ? `${r.table}${r.tableTitle ? ` ${r.tableTitle}` : ''}` : '正文';
  return `来源：${r.docTitle}（${r.doc}）${table} 第 ${r.row} 行`;
}

export function greenParkLines(r: SeedRecord, county: string | undefined): string[] {
  return [
    r.name,
    `区县：${county ?? '未定位'}`,
    `级别：${r.level ?? '未注明'}`,
    `目标年份：${r.targetYear ?? '未注明'}`,
    sourceLine(r),
  ];
}

export function bubbleLines(r: SeedRecord, placedAt: string): string[] {
  return [
    r.project ?? r.name,
    `企业：${r.name}`,
    `投资：${r.investmentPrinted ?? '未注明'}${r.investmentWan !== undefined ? `（${formatWan(r.investmentWan)}）` : ''}`,
    `建设期：${r.period ?? '未注明'}`,
    `位置：${placedAt}`,
    sourceLine(r),
  ];
}

export function areaLines(a: { name: string; kind: 'county' | 'park'; count: number | undefined; investmentWan?: number }, unitWord: string): string[] {
  return [
    a.name + (a.kind === 'park' ? '（园区）' : ''),
    a.count === undefined ? '无数据' : `${a.count} ${unitWord}`,
    ...(a.investmentWan !== undefined ? [`已知投资合计：${formatWan(a.investmentWan)}`] : []),
  ];
}
