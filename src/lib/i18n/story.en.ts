// UI strings, English: the keys of a PNG export, the story editor, the deck export and callouts. Loaded only when
// someone switches to English.
import type { ZH_STORY } from './story.zh.ts';

export const EN_STORY: Record<keyof typeof ZH_STORY, string> = {
  'export.key.count': '{label} ({n})',
  'export.key.parkUnits': 'Parks on their own',
  'storyEdit.edit': 'Edit',
  'storyEdit.editLabel': 'Edit step {i}: {title}',
  'storyEdit.done': 'Done',
  'storyEdit.doneLabel': 'Done editing step {i}: {title}',
  'storyEdit.up': '↑',
  'storyEdit.upLabel': 'Move step {i} up',
  'storyEdit.down': '↓',
  'storyEdit.downLabel': 'Move step {i} down',
  'storyEdit.duplicate': 'Duplicate',
  'storyEdit.duplicateLabel': 'Duplicate step {i}: {title}',
  'storyEdit.preview': 'Preview',
  'storyEdit.previewLabel': 'Preview (present from step {i}): {title}',
  'storyEdit.moveHint': 'Drag, or press Alt+↑/↓, to reorder',
  'storyEdit.moved': 'Step {from} moved to position {to}',
  'storyEdit.title': 'Title (Chinese)',
  'storyEdit.titleEn': 'Title (English, optional)',
  'storyEdit.caption': 'Caption (Chinese)',
  'storyEdit.captionEn': 'Caption (English, optional)',
  'storyEdit.invalid': 'Not saved: {error}',
  'storyEdit.copyShipped': 'Copy "{title}" into "My story" to edit it',
  'storyEdit.copied': '{n} steps copied into "My story"',
  'storyEdit.deck': 'Export slides as PNG (zip)',
  'storyEdit.deck2x': 'Export slides as PNG 2× (zip)',
  'storyEdit.deckProgress': 'Exporting slide {i} of {n}…',
  'storyEdit.deckDone': '{n} slides exported: {file}',
  'storyEdit.deckFailed': 'Slide export failed: {error}',
};
