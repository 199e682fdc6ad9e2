// UI strings, English: Map chrome outside the controls: legend details, tooltips, notices, errors, PNG export text, story. Loaded only when someone switches to English.
import type { ZH_MAP } from './map.zh.ts';

export const EN_MAP: Record<keyof typeof ZH_MAP, string> = {
};
