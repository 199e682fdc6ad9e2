// The enterprise card (src/app/search/EnterpriseCard.svelte), and the words of issue 15 ("say it right") that have
// no older home: kept in their own file so parallel edits of the other dictionaries do not collide.
export const ZH_WORDS = {
  'card.label': '企业：{name}',
  'card.close': '关闭企业卡片',
  'card.alsoPrinted': '也印作：{names}',
  'card.lists': '所在名单（{lists} 份名单，{rows} 行）',
  'card.places': '印刷属地',
  'card.place': '{unit}（{county}）',
  'card.printedBy': '印于 {rows}',
  'card.borrowedBy': '借用于 {rows}',
  'card.conflict': '属地冲突：各名单印的属地不同，见上。',
  'card.unplaced': '{n} 行无法定位（无属地，且无可借用的属地）',
  'card.noPlace': '未定位：地图上没有标记',
  'card.investments': '投资（合计 {total}）',
  'card.period': '（{period}）',
  'card.toDistrict': '查看 {county} →',
  'card.marker': '{name} 的位置：{place}',
} as const;
