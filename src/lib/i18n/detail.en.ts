// UI strings, English: the detail view of the main urban area (主城区) and symbols placed together. Loaded only when someone switches to English.
import type { ZH_DETAIL } from './detail.zh.ts';

export const EN_DETAIL: Record<keyof typeof ZH_DETAIL, string> = {
  'detail.title': 'Main urban area (detail)',
  'detail.label': 'Detail of the main urban area (涪城区 and the adjacent parts of 游仙区 and 安州区)',
  'detail.parkKey': 'Park circles (area ∝ count)',
  'detail.parkLabel': '{name} {n}',
  'detail.outside': 'Outside the main urban area:',
  'detail.together': '{n} more here:',
};
