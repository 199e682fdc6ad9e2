// PNG export at presentation resolution: the map (maplibre + deck.gl canvases, captured by MapView) with a title,
// the legend, the counting rule, the data source line and the date drawn beside it — so a slide needs no editing.
import type { AppState } from '../state.svelte.ts';
import { saveBlob } from './downloadCsv.ts';

export interface ExportOptions {
  width: number;
  height: number;
  /** Device pixels per CSS pixel: 2 doubles the resolution (3840×2160 for 1920×1080). */
  scale: number;
}

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** "来源：绵府办发〔2019〕5号 智能化 表3、绿色化 表5 …" from the lists of the view, each table once. */
export function sourceLine(app: AppState): string {
  const byDoc = new Map<string, string[]>();
  for (const l of app.lists) {
    const doc = l.doc.startsWith('002') ? '2024年绵阳新型工业化报道' : '绵府办发〔2019〕5号';
    const t = l.table ? `${l.planName} ${l.table}` : l.planName;
    const ts = byDoc.get(doc) ?? [];
    if (!ts.includes(t)) ts.push(t);
    byDoc.set(doc, ts);
  }
  return '来源：' + [...byDoc].map(([doc, ts]) => `${doc} ${ts.join('、')}`).join('；');
}

export async function renderPng(app: AppState, opts: ExportOptions): Promise<Blob> {
  if (!app.captureMap) throw new Error('地图尚未就绪，无法导出');
  const shot = await app.captureMap();
  const c = document.createElement('canvas');
  c.width = opts.width * opts.scale;
  c.height = opts.height * opts.scale;
  const g = c.getContext('2d')!;
  g.scale(opts.scale, opts.scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, opts.width, opts.height);
  const side = 460;
  const pad = 32;
  // Map: fit the captured canvas into the left area, keeping its aspect ratio.
  const areaW = opts.width - side - pad * 2;
  const areaH = opts.height - pad * 2 - 70 - 60; // title above, source line below
  const k = Math.min(areaW / shot.width, areaH / shot.height);
  g.drawImage(shot, pad, pad + 70, shot.width * k, shot.height * k);
  g.fillStyle = '#1d2428';
  g.font = `700 40px ${FONT}`;
  g.fillText(app.title, pad, pad + 40);
  const x = opts.width - side;
  let y = pad + 100;
  g.font = `600 24px ${FONT}`;
  g.fillText('图例', x, y);
  y += 16;
  const m = app.model;
  const rows = m ? [...m.classification.bins, m.classification.zero, m.classification.noData] : [];
  g.font = `22px ${FONT}`;
  for (const b of rows) {
    y += 40;
    g.fillStyle = b.color;
    g.fillRect(x, y - 24, 44, 28);
    g.strokeStyle = '#666';
    g.strokeRect(x, y - 24, 44, 28);
    g.fillStyle = '#1d2428';
    // Ranges and counts in words: the legend does not rely on colour alone.
    g.fillText(`${b.label}（${b.count} 个区域）`, x + 56, y);
  }
  y += 50;
  g.font = `18px ${FONT}`;
  g.fillStyle = '#3a4449';
  for (const line of wrap(g, `${app.rule}。${m ? `分级：${m.classification.methodLabel}，断点 ${m.classification.thresholds.join(' | ')}` : ''}`, side - pad)) g.fillText(line, x, (y += 26));
  g.font = `18px ${FONT}`;
  const foot = `${sourceLine(app)}　名单日期：${app.asOf.replace(/^名单日期：/, '')}　导出：${new Date().toISOString().slice(0, 10)}`;
  g.fillStyle = '#3a4449';
  let fy = opts.height - pad - 24;
  for (const line of wrap(g, foot, opts.width - pad * 2)) g.fillText(line, pad, (fy += 24));
  return new Promise((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error('PNG 编码失败'))), 'image/png'));
}

function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (g.measureText(line + ch).width > width && line) {
      out.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) out.push(line);
  return out;
}

export async function downloadPng(app: AppState, opts: ExportOptions): Promise<void> {
  saveBlob(await renderPng(app, opts), `绵阳产业政策地图_${opts.width * opts.scale}x${opts.height * opts.scale}.png`);
}
