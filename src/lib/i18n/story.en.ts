// UI strings, English: the keys of a PNG export, the story editor, the deck export and callouts. Loaded only when
// someone switches to English.
import type { ZH_STORY } from './story.zh.ts';

export const EN_STORY: Record<keyof typeof ZH_STORY, string> = {
  'export.key.count': '{label} ({n})',
  'export.key.parkUnits': 'Parks on their own',
};
