// PNG export at presentation resolution: the map (maplibre + deck.gl canvases, captured by MapView) with a title,
// the legend, the counting rule, the data source line and the date drawn beside it — so a slide needs no editing.
import type { MapModel } from '../state/model.svelte.ts';
import type { MapBridge } from '../state/mapBridge.svelte.ts';
import { i18n } from '../state/i18n.svelte.ts';
import { saveBlob } from './downloadCsv.ts';
import { exportText, wrapText, type ExportText } from '../../lib/present/exportText.ts';
import { FONT_STACK } from '../../lib/view/fontStack.ts';
import { withPngText } from '../../lib/present/pngText.ts';

export interface ExportOptions {
  width: number;
  height: number;
  /** Device pixels per CSS pixel: 2 doubles the resolution (3840×2160 for 1920×1080). */
  scale: number;
}

/** The export's words in the UI language (src/lib/present/exportText.ts). */
function composeText(model: MapModel, date = new Date().toISOString().slice(0, 10)): ExportText {
  return exportText(
    { title: model.title, rule: model.rule, asOf: model.asOf, lists: model.lists, classification: model.areas?.classification ?? null, date },
    i18n.t,
  );
}

export async function renderPng(model: MapModel, bridge: MapBridge, opts: ExportOptions): Promise<Blob> {
  if (!bridge.capture) throw new Error(i18n.t('map.err.notReady'));
  const text = composeText(model);
  const side = 460;
  const pad = 32;
  // The map's area: left of the legend column, between the title and the source line.
  const areaW = opts.width - side - pad * 2;
  const areaH = opts.height - pad * 2 - 70 - 60;
  // Drawn at the export's own size and scale (captureMap.ts), so it fills the area at full resolution.
  const shot = await bridge.capture({ width: areaW, height: areaH, scale: opts.scale });
  const c = document.createElement('canvas');
  c.width = opts.width * opts.scale;
  c.height = opts.height * opts.scale;
  const g = c.getContext('2d')!;
  g.scale(opts.scale, opts.scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, opts.width, opts.height);
  g.drawImage(shot, pad, pad + 70, areaW, areaH);
  g.fillStyle = '#1d2428';
  g.font = `700 40px ${FONT_STACK}`;
  g.fillText(text.title, pad, pad + 40);
  const x = opts.width - side;
  let y = pad + 100;
  g.font = `600 24px ${FONT_STACK}`;
  g.fillText(text.legendTitle, x, y);
  y += 16;
  g.font = `22px ${FONT_STACK}`;
  for (const b of text.rows) {
    y += 40;
    g.fillStyle = b.color;
    g.fillRect(x, y - 24, 44, 28);
    g.strokeStyle = '#666';
    g.strokeRect(x, y - 24, 44, 28);
    g.fillStyle = '#1d2428';
    // Ranges and counts in words: the legend does not rely on colour alone.
    g.fillText(b.text, x + 56, y);
  }
  y += 50;
  g.font = `18px ${FONT_STACK}`;
  g.fillStyle = '#3a4449';
  for (const line of wrap(g, text.rule, side - pad)) g.fillText(line, x, (y += 26));
  g.font = `18px ${FONT_STACK}`;
  g.fillStyle = '#3a4449';
  let fy = opts.height - pad - 24;
  for (const line of wrap(g, text.foot, opts.width - pad * 2)) g.fillText(line, pad, (fy += 24));
  const png = await new Promise<Blob>((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error(i18n.t('map.err.pngEncode')))), 'image/png'));
  // The same words as metadata, so the file still says what it shows and where the numbers come from.
  const bytes = withPngText(new Uint8Array(await png.arrayBuffer()), {
    Title: text.title,
    Description: text.description,
    Source: text.source,
    'Creation Time': text.date,
  });
  return new Blob([bytes], { type: 'image/png' });
}

const wrap = (g: CanvasRenderingContext2D, text: string, width: number): string[] => wrapText(text, width, (s) => g.measureText(s).width);

export async function downloadPng(model: MapModel, bridge: MapBridge, opts: ExportOptions): Promise<void> {
  saveBlob(await renderPng(model, bridge, opts), i18n.t('map.png.file', { w: opts.width * opts.scale, h: opts.height * opts.scale }));
}
