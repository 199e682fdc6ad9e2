// UI strings, Chinese (the default): Map chrome outside the controls: legend details, tooltips, notices, errors, PNG export text, story.
// Keys start with "map."; the English twin is map.en.ts (same keys, same {parameters}: index.test.ts checks).
export const ZH_MAP = {
} as const;
