// UI strings, Chinese (the default): the keys of a PNG export, the story editor, the deck export and callouts.
// Keys start with "export.key." or "storyEdit."; the English twin is story.en.ts (same keys, same {parameters}).
export const ZH_STORY = {
  // PNG export keys (src/lib/present/exportKeys.ts).
  'export.key.count': '{label}（{n}）',
  'export.key.parkUnits': '单列的园区',
} as const;
