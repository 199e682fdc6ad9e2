// UI strings, Chinese (the default): presenting beyond the screen — named keys in exports, the printed deck and
// callouts. Keys start with "present."; the English twin is present.en.ts (same keys, same {parameters}).
export const ZH_PRESENT = {
  // A green-park key row of a PNG export names the parks it stands for (src/lib/present/exportKeys.ts).
  'present.key.named': '{label}（{n}）：{names}',
  // The story printed as a deck, one slide per page (src/app/export/printDeck.ts).
  'present.printDeck': '打印讲稿',
  'present.printDeckLabel': '打印讲稿：每步一页（可在打印对话框中另存为 PDF）',
  'present.printDeckFailed': '打印讲稿失败：{error}',
  // The story file's callouts field, named in a problem with it (src/lib/story/problems.ts).
  'present.field.callouts': '标注',
  // The callouts' line in a PNG's Keys text.
  'present.key.callouts': '标注',
  // The step editor's callouts (src/app/story/StepEditor.svelte).
  'present.callouts': '标注（最多 5 条，每条 40 字以内）',
  'present.calloutAt': '标注位置',
  'present.calloutText': '标注文字',
  'present.calloutTextEn': '英文标注文字',
  'present.calloutAdd': '添加标注',
  'present.calloutRemove': '删除标注：{text}',
  // A callout to a park on a slide that folds parks into their counties: it points at the county and says so.
  'present.calloutFolded': '{text}（{park}计入{county}）',
  // The step editor's note beside such a callout.
  'present.calloutFoldedNote': '本步骤园区并入区县：标注指向{county}',
  // Callouts pinned to an enterprise (src/lib/story/calloutEnterprise.ts): the editor's choices and notes.
  'present.calloutGroupPlaces': '区县与园区',
  'present.calloutGroupEnterprises': '本步骤名单中的企业',
  'present.calloutEnterprise': '{name}（{unit}）',
  'present.calloutGone': '数据中已无企业“{name}”：此标注不会显示，请删除或改标他处',
  'present.calloutUnplaced': '“{name}”的名单行均未定位：此标注无处可指，不会显示',
  'present.calloutPlaces': '指向{place}（印此处的名单行最多）；名单另印有{others}',
  // A story file's callout that names both a place and an enterprise, or neither.
  'present.error.calloutTarget': '{field}须指向一个地点（at）或一家企业（enterprise），二者只取其一',
};
