// The data-quality tab as one CSV table: every correction to the print and every row to look at (not placed,
// conflicting locations, borrowed location), each with its printed row cited and why. Written by the same writer
// as the other tabs (src/app/export/downloadCsv.ts → src/lib/write/csv.ts: BOM, formula cells neutralised).
import { msgText, type Translate } from '../../i18n/index.ts';
import type { QualityView } from './quality.ts';

const FLAG = { none: 'drawer.flag.none', conflict: 'drawer.flag.conflict', borrowed: 'drawer.flag.borrowed' } as const;

export function qualityCsv(q: QualityView, t: Translate): { headers: string[]; rows: string[][] } {
  const headers = [t('quality.csv.kind'), t('quality.csv.name'), t('quality.csv.source'), t('quality.csv.detail')];
  const rows = [
    ...q.corrections.map((c) => [
      t('quality.csv.correction'),
      c.corrected,
      msgText(t, c.provenance),
      t('quality.csv.corrected', { printed: c.printed, corrected: c.corrected, reason: c.reason }),
    ]),
    ...q.attention.map((a) => [t(FLAG[a.status]), a.name, msgText(t, a.provenance), a.note ? msgText(t, a.note) : '']),
  ];
  return { headers, rows };
}
