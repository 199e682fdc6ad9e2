// UI strings, Chinese (the default): the detail view of the main urban area (主城区) and symbols placed together.
// Keys start with "detail."; the English twin is detail.en.ts (same keys, same {parameters}: index.test.ts checks).
export const ZH_DETAIL = {
  'detail.title': '主城区放大',
  'detail.label': '主城区（涪城区及游仙区、安州区相邻部分）放大图',
  'detail.parkKey': '园区圆点（面积 ∝ 计数）',
  'detail.parkLabel': '{name} {n}',
  'detail.outside': '主城区以外：',
  'detail.together': '此处另有 {n} 项：',
} as const;
