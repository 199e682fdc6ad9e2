// UI strings, English: Bring-your-own-list panel and report (src/app/import). Loaded only when someone switches to English.
import type { ZH_IMPORT } from './import.zh.ts';

export const EN_IMPORT: Record<keyof typeof ZH_IMPORT, string> = {
};
