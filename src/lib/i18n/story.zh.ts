// UI strings, Chinese (the default): the keys of a PNG export, the story editor, the deck export and callouts.
// Keys start with "export.key." or "storyEdit."; the English twin is story.en.ts (same keys, same {parameters}).
export const ZH_STORY = {
  // PNG export keys (src/lib/present/exportKeys.ts).
  'export.key.count': '{label}（{n}）',
  'export.key.parkUnits': '单列的园区',
  // The story editor (src/app/story/MyStory.svelte, StepEditor.svelte) and the deck export.
  'storyEdit.edit': '编辑',
  'storyEdit.editLabel': '编辑第 {i} 步：{title}',
  'storyEdit.done': '完成',
  'storyEdit.doneLabel': '完成编辑第 {i} 步：{title}',
  'storyEdit.up': '↑',
  'storyEdit.upLabel': '第 {i} 步上移',
  'storyEdit.down': '↓',
  'storyEdit.downLabel': '第 {i} 步下移',
  'storyEdit.duplicate': '复制',
  'storyEdit.duplicateLabel': '复制第 {i} 步：{title}',
  'storyEdit.preview': '预览',
  'storyEdit.previewLabel': '预览（从第 {i} 步放映）：{title}',
  'storyEdit.moveHint': '拖动或按 Alt+↑/↓ 调整顺序',
  'storyEdit.moved': '第 {from} 步已移到第 {to} 位',
  'storyEdit.title': '标题（中文）',
  'storyEdit.titleEn': '标题（英文，可空）',
  'storyEdit.caption': '说明（中文）',
  'storyEdit.captionEn': '说明（英文，可空）',
  'storyEdit.invalid': '未保存：{error}',
  'storyEdit.copyShipped': '把“{title}”复制到我的故事以编辑',
  'storyEdit.copied': '已复制 {n} 步到我的故事',
  'storyEdit.deck': '导出幻灯片 PNG（zip）',
  'storyEdit.deck2x': '导出幻灯片 PNG 2×（zip）',
  'storyEdit.deckProgress': '正在导出第 {i}/{n} 张幻灯片…',
  'storyEdit.deckDone': '已导出 {n} 张幻灯片：{file}',
  'storyEdit.deckFailed': '幻灯片导出失败：{error}',
} as const;
