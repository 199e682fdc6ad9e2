// UI strings, English: The analysis drawer (src/app/insight, src/app/analysis). Loaded only when someone switches to English.
import type { ZH_DRAWER } from './drawer.zh.ts';

export const EN_DRAWER: Record<keyof typeof ZH_DRAWER, string> = {
};
